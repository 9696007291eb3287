import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, StyleLevel, Tab, Table, TableCell, TableLayoutType, TableOfContents, TableRow, TextRun, WidthType } from 'docx';
import { documentTextLang, eraStyle, metadataLines } from '../../frontmatter';
import { contentsTitle, paragraphRuns, signatureLines } from '../../compose';
import { langOf, linkRuns } from '../../inline';
import type { BilingualBlock, Block, ColumnBlock, ExportDocument, HeadingBlock, Lang, ListBlock, ParagraphBlock, SignatureBlock } from '../../model';
import { headingText } from '../../text/heading';
import { wordRuns } from './runs';
import { articleStyleNames, styleIds } from './styles';
import { tableSeparator, wordKeyValue, wordNote, wordTable } from './tables';
import { colors, contentWidth, sizes, twip } from './theme';

type BodyElement = Paragraph | Table | TableOfContents;

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

/** The list definitions (numbering.config) the converter refers to: （1） / 1. and ・ / •, with hanging indents. */
export const listReference = (ordered: boolean, lang: Lang) => `${ordered ? 'ordered' : 'bullet'}-${lang}`;

/** A marker's width in points, for its hanging indent: full-width characters 1 em, others about half. */
function markerWidth(marker: string, size: number, lang: Lang): number {
  const ems = [...marker].reduce((sum, char) => sum + (/[\u3000-\u30ff\u3400-\u9fff\uff00-\uff60\u2460-\u24ff\u3200-\u32ff]/.test(char) ? 1 : 0.55), 0);
  return (ems + (lang === 'ja' && /[）】］]$/.test(marker) ? 0 : 0.5)) * size;
}

/** Whether the article headings are numbered 1, 2, 3 … in each language, so Word's own numbering prints the same. */
function numberedInOrder(blocks: readonly Block[]): boolean {
  const seen: Record<Lang, number[]> = { ja: [], en: [] };
  const visit = (heading: HeadingBlock, lang: Lang) => {
    if (heading.labelStyle !== 'article' || !heading.label) return;
    seen[heading.lang ?? lang].push(Number(/(\d+)\D*$/.exec(heading.label)?.[1] ?? NaN));
  };
  for (const block of blocks) {
    if (block.type === 'heading') visit(block, block.lang ?? 'ja');
    if (block.type === 'bilingual') for (const [lang, inner] of [['ja', block.ja], ['en', block.en]] as const) for (const b of inner) if (b.type === 'heading') visit(b, lang);
  }
  return (['ja', 'en'] as const).every((lang) => seen[lang].every((n, i) => n === i + 1));
}

/**
 * The document model as Word body elements, block by block, in the PDF's order and with the same text. Each
 * list is its own numbering instance, so every list counts from 1. Paragraphs name their style (styles.ts) and
 * carry no spacing of their own; a page break is the next paragraph's "page break before"; only two tables in a
 * row get a (small, styled) paragraph between them, which Word needs to keep them apart.
 */
export class WordBody {
  private lists = 0;
  private breakNext = false;
  private readonly wordNumbering: boolean;

  constructor(private readonly doc: ExportDocument) {
    this.wordNumbering = doc.wordNumbering === true && numberedInOrder(doc.blocks);
  }

  elements(): BodyElement[] {
    const out: BodyElement[] = [];
    const blocks = this.doc.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.type === 'bilingual') {
        // Consecutive article pairs are the rows of one table: each row may split across a page, so no page is
        // left half empty, and both columns of a row start at the same height.
        const pairs: BilingualBlock[] = [block];
        while (blocks[i + 1]?.type === 'bilingual') pairs.push(blocks[++i] as BilingualBlock);
        this.push(out, this.tables([this.bilingual(pairs)]));
        continue;
      }
      this.push(out, this.block(block));
    }
    return [...this.frontmatter(), ...out];
  }

  /** Appends, with the separator Word needs between two tables. */
  private push(out: BodyElement[], elements: BodyElement[]): void {
    for (const element of elements) {
      if (element instanceof Table && out[out.length - 1] instanceof Table) out.push(tableSeparator());
      out.push(element);
    }
  }

  /** A table cannot break the page before itself: after a page break it gets a paragraph that does. */
  private tables(elements: BodyElement[]): BodyElement[] {
    return this.breakNext ? [new Paragraph({ style: styleIds.tableSeparator, ...this.breakBefore() }), ...elements] : elements;
  }

  /** `{ pageBreakBefore }` for the first paragraph after a page break. */
  private breakBefore(): { pageBreakBefore?: boolean } {
    if (!this.breakNext) return {};
    this.breakNext = false;
    return { pageBreakBefore: true };
  }

  private frontmatter(): BodyElement[] {
    const lang = documentTextLang(this.doc);
    const out: BodyElement[] = metadataLines(this.doc, eraStyle(this.doc)).map((text) => new Paragraph({ style: styleIds.meta, children: wordRuns(text, { lang }) }));
    out.push(...(this.doc.letterhead ?? []).flatMap((block) => this.block(block)));
    out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: wordRuns(this.doc.title, { lang }) }));
    const subtitle = this.doc.subtitle;
    if (subtitle) {
      const subtitleLang: Lang = this.doc.lang === 'ja' ? 'ja' : 'en';
      out.push(new Paragraph({ style: styleIds.subtitle, children: wordRuns(subtitle, { lang: subtitleLang }) }));
    }
    return out;
  }

  private block(block: Block): BodyElement[] {
    const lang = 'lang' in block ? langOf(block, this.doc.lang) : documentTextLang(this.doc);
    switch (block.type) {
      case 'heading':
        return [this.heading(block, lang)];
      case 'paragraph':
        return [this.paragraph(block, lang)];
      case 'list':
        return this.list(block, lang);
      case 'table':
        return this.tables(wordTable(block, lang));
      case 'keyValue':
        return this.tables(wordKeyValue(block, lang));
      case 'note':
        return this.tables(wordNote(block, lang));
      case 'signature':
        return this.signature(block, lang);
      case 'toc':
        return this.toc(block.title, block.maxLevel ?? 2);
      case 'pageBreak':
        this.breakNext = true;
        return [];
      case 'bilingual':
        return this.tables([this.bilingual([block])]);
    }
  }

  private heading(block: HeadingBlock, lang: Lang, column = false): Paragraph {
    const numbered = this.wordNumbering && block.labelStyle === 'article' && block.label;
    if (numbered) {
      // Word prints 第1条 / Article 1 from the style's numbering; the text is what follows the number.
      const title = block.text ? (/^[（(【［[]/.test(block.text) ? block.text : lang === 'ja' ? `（${block.text}）` : `(${block.text})`) : '';
      const style = column ? (lang === 'ja' ? styleIds.columnArticleJa : styleIds.columnArticleEn) : lang === 'ja' ? styleIds.articleJa : styleIds.articleEn;
      return new Paragraph({ style, ...this.breakBefore(), children: wordRuns(title, { lang }) });
    }
    const text = headingText(block, lang);
    if (column) return new Paragraph({ style: styleIds.columnHeading, children: wordRuns(text, { lang }) });
    return new Paragraph({ heading: headingLevels[block.level], ...this.breakBefore(), children: wordRuns(text, { lang }) });
  }

  private paragraph(block: ParagraphBlock, lang: Lang, column = false): Paragraph {
    if (block.muted) return new Paragraph({ style: styleIds.mutedNote, children: wordRuns(block.content, { lang }) });
    const style = column ? (lang === 'ja' ? styleIds.columnJa : styleIds.columnEn) : lang === 'ja' ? styleIds.bodyJa : styleIds.bodyEn;
    const runs = paragraphRuns(block, lang);
    // Word does not break a URL at its slashes: justified, the line before it would be spread letter by letter
    // (the characters of 「詳しくは」 spaced apart). A paragraph with a web address is set flush left instead (the PDF breaks the address).
    const hasLink = linkRuns(runs).some((run) => !run.missing && run.link);
    const align = hasLink ? 'left' : (block.align ?? (lang === 'ja' ? 'justify' : 'left'));
    const common = { style, ...(align !== 'justify' ? { alignment: alignments[align] } : {}), ...this.breakBefore() };
    if (block.marker) {
      // A numbered item on a hanging indent: the marker, a tab to the indent, the text wrapping under its first word.
      const indent = twip(markerWidth(block.marker, column ? sizes.column : sizes.body, lang));
      return new Paragraph({
        ...common,
        indent: { left: indent, hanging: indent },
        children: [new TextRun({ text: block.marker }), new TextRun({ children: [new Tab()] }), ...wordRuns(runs, { lang })],
      });
    }
    return new Paragraph({ ...common, children: wordRuns(runs, { lang }) });
  }

  private list(block: ListBlock, lang: Lang, column = false): Paragraph[] {
    const instance = ++this.lists;
    const style = column ? (lang === 'ja' ? styleIds.columnJa : styleIds.columnEn) : lang === 'ja' ? styleIds.bodyJa : styleIds.bodyEn;
    return block.items.map(
      (item) =>
        new Paragraph({
          style,
          ...this.breakBefore(),
          numbering: { reference: listReference(block.ordered, lang), level: 0, instance },
          ...(lang === 'ja' ? {} : { alignment: AlignmentType.LEFT }),
          children: wordRuns(item, { lang }),
        }),
    );
  }

  private signature(block: SignatureBlock, lang: Lang): Paragraph[] {
    const rows = signatureLines(block, lang, eraStyle(this.doc));
    return rows.map(
      (runs, i) =>
        new Paragraph({
          style: i === 0 ? styleIds.signatureFirst : styleIds.signature,
          keepNext: i < rows.length - 1,
          ...(i === 0 ? this.breakBefore() : {}),
          children: wordRuns(runs, { lang }),
        }),
    );
  }

  private toc(title: string | undefined, maxLevel: number): BodyElement[] {
    const lang = documentTextLang(this.doc);
    const text = contentsTitle(title, this.doc.lang);
    return [
      new Paragraph({ style: styleIds.tocHeading, ...this.breakBefore(), children: wordRuns(text, { lang }) }),
      // Article headings in styles of their own (the columns', the Word-numbered ones) are listed at level 1 too (the t switch).
      new TableOfContents(text, { hyperlink: true, headingStyleRange: `1-${maxLevel}`, stylesWithLevels: articleStyleNames.map((name) => new StyleLevel(name, 1)) }),
    ];
  }

  private column(blocks: readonly ColumnBlock[], lang: Lang): Paragraph[] {
    return blocks.flatMap((block) => {
      const blockLang = block.lang ?? lang;
      if (block.type === 'heading') return [this.heading(block, blockLang, true)];
      if (block.type === 'list') return this.list(block, blockLang, true);
      return [this.paragraph(block, blockLang, true)];
    });
  }

  /** Japanese left, English right: a borderless two-column table, a row per article, a hairline between the columns. */
  private bilingual(pairs: readonly BilingualBlock[]): Table {
    const half = Math.floor(contentWidth / 2);
    const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
    const rule = { style: BorderStyle.SINGLE, size: 4, color: colors.rule };
    const side = (children: Paragraph[], margins: { left: number; right: number }, first: boolean) =>
      new TableCell({
        // A cell holds at least one paragraph (Word's rule): an empty column gets an empty one.
        children: children.length > 0 ? children : [new Paragraph({ style: styleIds.columnJa, children: [] })],
        width: { size: half, type: WidthType.DXA },
        margins: { top: first ? 0 : twip(12), bottom: 0, ...margins },
      });
    return new Table({
      width: { size: contentWidth, type: WidthType.DXA },
      columnWidths: [half, contentWidth - half],
      layout: TableLayoutType.FIXED,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: rule },
      rows: pairs.map(
        (pair, i) =>
          new TableRow({ children: [side(this.column(pair.ja, 'ja'), { left: 0, right: 200 }, i === 0), side(this.column(pair.en, 'en'), { left: 200, right: 0 }, i === 0)] }),
      ),
    });
  }
}
