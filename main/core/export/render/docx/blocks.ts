import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableOfContents, TableRow, WidthType } from 'docx';
import { documentTextLang, eraStyle, metadataLines } from '../../frontmatter';
import { contentsTitle, paragraphRuns, signatureLines } from '../../compose';
import { langOf } from '../../inline';
import type { BilingualBlock, Block, ColumnBlock, ExportDocument, HeadingBlock, Lang, ListBlock, ParagraphBlock, SignatureBlock } from '../../model';
import { headingText } from '../../text/heading';
import { wordRuns } from './runs';
import { styleIds } from './styles';
import { wordKeyValue, wordNote, wordTable, spacer } from './tables';
import { colors, contentWidth, sizes, type WordFonts } from './theme';

type BodyElement = Paragraph | Table | TableOfContents;

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const headingSizes = { 1: sizes.h1, 2: sizes.h2, 3: sizes.h3 } as const;

/** The list definitions (numbering.config) the converter refers to: （1） / 1. and ・ / •, with hanging indents. */
export const listReference = (ordered: boolean, lang: Lang) => `${ordered ? 'ordered' : 'bullet'}-${lang}`;

/**
 * The document model as Word body elements, block by block, in the PDF's order and with the same text. Each
 * list is its own numbering instance, so every list counts from 1.
 */
export class WordBody {
  private lists = 0;

  constructor(
    private readonly doc: ExportDocument,
    private readonly fonts: WordFonts,
  ) {}

  elements(): BodyElement[] {
    return [...this.frontmatter(), ...this.doc.blocks.flatMap((block) => this.block(block))];
  }

  private frontmatter(): BodyElement[] {
    const lang = documentTextLang(this.doc);
    const out: BodyElement[] = metadataLines(this.doc, eraStyle(this.doc)).map((text) => new Paragraph({ style: styleIds.meta, children: wordRuns(text, { fonts: this.fonts, lang }) }));
    out.push(...(this.doc.letterhead ?? []).flatMap((block) => this.block(block)));
    out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: wordRuns(this.doc.title, { fonts: this.fonts, lang, face: 'sans', bold: true }) }));
    const subtitle = this.doc.subtitle;
    if (subtitle) {
      const subtitleLang: Lang = this.doc.lang === 'ja' ? 'ja' : 'en';
      out.push(new Paragraph({ style: styleIds.subtitle, children: wordRuns(subtitle, { fonts: this.fonts, lang: subtitleLang, face: 'sans' }) }));
    } else {
      out.push(spacer());
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
        return wordTable(block, lang, this.fonts);
      case 'keyValue':
        return wordKeyValue(block, lang, this.fonts);
      case 'note':
        return wordNote(block, lang, this.fonts);
      case 'signature':
        return this.signature(block, lang);
      case 'toc':
        return this.toc(block.title, block.maxLevel ?? 2);
      case 'pageBreak':
        return [new Paragraph({ style: styleIds.meta, pageBreakBefore: true, children: [] })];
      case 'bilingual':
        return [this.bilingual(block), spacer()];
    }
  }

  private heading(block: HeadingBlock, lang: Lang, scale = 1): Paragraph {
    const size = scale === 1 ? undefined : headingSizes[block.level] * scale;
    return new Paragraph({
      heading: headingLevels[block.level],
      children: wordRuns(headingText(block, lang), { fonts: this.fonts, lang, face: 'sans', bold: true, ...(size ? { size } : {}) }),
    });
  }

  private paragraph(block: ParagraphBlock, lang: Lang, style?: string): Paragraph {
    const runs = paragraphRuns(block, lang);
    const align = block.align ?? (lang === 'ja' ? 'justify' : 'left');
    const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED }[align];
    return new Paragraph({ ...(style ? { style } : {}), alignment, spacing: { before: 80 }, children: wordRuns(runs, { fonts: this.fonts, lang }) });
  }

  private list(block: ListBlock, lang: Lang, style?: string): Paragraph[] {
    const instance = ++this.lists;
    return block.items.map(
      (item, i) =>
        new Paragraph({
          ...(style ? { style } : {}),
          numbering: { reference: listReference(block.ordered, lang), level: 0, instance },
          alignment: lang === 'ja' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
          spacing: { before: i === 0 ? 80 : 20 },
          children: wordRuns(item, { fonts: this.fonts, lang }),
        }),
    );
  }

  private signature(block: SignatureBlock, lang: Lang): Paragraph[] {
    const rows = signatureLines(block, lang, eraStyle(this.doc));
    return rows.map(
      (runs, i) =>
        new Paragraph({
          style: styleIds.signature,
          keepNext: i < rows.length - 1,
          ...(i === 0 ? { spacing: { before: 400 } } : {}),
          children: wordRuns(runs, { fonts: this.fonts, lang }),
        }),
    );
  }

  private toc(title: string | undefined, maxLevel: number): BodyElement[] {
    const lang = documentTextLang(this.doc);
    const text = contentsTitle(title, this.doc.lang);
    return [
      new Paragraph({ style: styleIds.tocHeading, children: wordRuns(text, { fonts: this.fonts, lang, face: 'sans', bold: true }) }),
      new TableOfContents(text, { hyperlink: true, headingStyleRange: `1-${maxLevel}` }),
    ];
  }

  private column(blocks: readonly ColumnBlock[], lang: Lang): Paragraph[] {
    return blocks.flatMap((block) => {
      const blockLang = block.lang ?? lang;
      if (block.type === 'heading') return [this.heading(block, blockLang, 0.9)];
      if (block.type === 'list') return this.list(block, blockLang, styleIds.column);
      return [this.paragraph(block, blockLang, styleIds.column)];
    });
  }

  /** Japanese left, English right: a borderless two-column table with a hairline between the columns. */
  private bilingual(block: BilingualBlock): Table {
    const half = Math.floor(contentWidth / 2);
    const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
    const rule = { style: BorderStyle.SINGLE, size: 4, color: colors.rule };
    const side = (children: Paragraph[], margins: { left: number; right: number }) =>
      new TableCell({ children, width: { size: half, type: WidthType.DXA }, margins: { top: 0, bottom: 0, ...margins } });
    return new Table({
      width: { size: contentWidth, type: WidthType.DXA },
      columnWidths: [half, contentWidth - half],
      layout: TableLayoutType.FIXED,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: rule },
      rows: [new TableRow({ children: [side(this.column(block.ja, 'ja'), { left: 0, right: 200 }), side(this.column(block.en, 'en'), { left: 200, right: 0 })] })],
    });
  }
}
