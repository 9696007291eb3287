import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { FontFace } from '../main/core/export/fonts';
import type { Block, ColumnBlock, ExportDocument } from '../main/core/export/model';
import { pageEstimator } from '../main/core/export/render/docx';
import { documentStyles, tableStylesXml } from '../main/core/export/render/docx/styles';
import { headingText } from '../main/core/export/text/heading';

/**
 * The benchmark's policy written with docx directly, as a developer without our engine would write the same
 * file: the same styles (the engine's style table, which is configuration), the same paragraphs, runs with the
 * same fonts and languages, the bilingual articles as two-column tables, numbered lists, the tables with a
 * repeating header row, a contents field, and the running header and footer. It reads the benchmark's model
 * only as its source of text, and handles only the blocks the benchmark uses. The benchmark prints the size of
 * both files' document.xml, so a reader can see that both write the same document.
 */
const names = { serif: 'Yu Mincho', sans: 'Yu Gothic' };
const fontsOf = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const language = { value: 'en-US', eastAsia: 'ja-JP' } as const;
const width = 11906 - 1134 * 2;

const run = (text: string, face: 'serif' | 'sans', extra: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: fontsOf(names[face]), language, ...(extra.size ? { size: extra.size } : {}), ...(extra.bold ? { bold: true } : {}) });

function columnParagraphs(blocks: readonly ColumnBlock[], lang: 'ja' | 'en', lists: { n: number }): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of blocks) {
    if (block.type === 'heading') {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(headingText(block, lang), 'sans', { bold: true, size: 24 })] }));
    } else if (block.type === 'paragraph') {
      const text = typeof block.content === 'string' ? block.content : '';
      out.push(new Paragraph({ style: 'ColumnText', alignment: lang === 'ja' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT, spacing: { before: 80 }, children: [run(text, 'serif')] }));
    } else if (block.type === 'list') {
      const instance = ++lists.n;
      block.items.forEach((item, i) =>
        out.push(
          new Paragraph({
            style: 'ColumnText',
            numbering: { reference: `ordered-${lang}`, level: 0, instance },
            alignment: lang === 'ja' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
            spacing: { before: i === 0 ? 80 : 20 },
            children: [run(typeof item === 'string' ? item : '', 'serif')],
          }),
        ),
      );
    }
  }
  return out;
}

function body(doc: ExportDocument): (Paragraph | Table | TableOfContents)[] {
  const lists = { n: 0 };
  const half = Math.floor(width / 2);
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const spacer = () => new Paragraph({ style: 'Meta', children: [] });
  const out: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ style: 'Meta', children: [run('作成日 / Date：2026年4月1日 / April 1, 2026', 'serif')] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(doc.title, 'sans', { bold: true })] }),
    new Paragraph({ style: 'Subtitle', children: [run(doc.subtitle ?? '', 'sans')] }),
  ];
  for (const block of doc.blocks as Block[]) {
    if (block.type === 'toc') {
      out.push(new Paragraph({ style: 'TOCHeading', children: [run('目次\u3000Contents', 'sans', { bold: true })] }));
      out.push(new TableOfContents('目次\u3000Contents', { hyperlink: true, headingStyleRange: '1-2' }));
    } else if (block.type === 'pageBreak') {
      out.push(new Paragraph({ style: 'Meta', pageBreakBefore: true, children: [] }));
    } else if (block.type === 'bilingual') {
      const cell = (children: Paragraph[], margins: { left: number; right: number }) =>
        new TableCell({ children, width: { size: half, type: WidthType.DXA }, margins: { top: 0, bottom: 0, ...margins } });
      out.push(
        new Table({
          width: { size: width, type: WidthType.DXA },
          columnWidths: [half, width - half],
          layout: TableLayoutType.FIXED,
          borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '9A9A9A' } },
          rows: [new TableRow({ children: [cell(columnParagraphs(block.ja, 'ja', lists), { left: 0, right: 200 }), cell(columnParagraphs(block.en, 'en', lists), { left: 200, right: 0 })] })],
        }),
        spacer(),
      );
    } else if (block.type === 'table') {
      const total = block.columns.reduce((sum, column) => sum + column.width, 0);
      const widths = block.columns.map((column) => Math.round((column.width / total) * width));
      const cell = (paragraph: Paragraph, i: number, fill?: string) =>
        new TableCell({ children: [paragraph], width: { size: widths[i]!, type: WidthType.DXA }, ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}) });
      const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((column, i) => cell(new Paragraph({ style: 'TableHeader', children: [run(typeof column.header === 'string' ? column.header : '', 'sans', { bold: true })] }), i, 'E9ECEF')),
      });
      const rows = block.rows.map(
        (row) =>
          new TableRow({
            children: row.map((value, i) =>
              cell(new Paragraph({ style: 'TableText', alignment: i === 0 ? AlignmentType.JUSTIFIED : AlignmentType.RIGHT, children: [run(String(value), 'serif')] }), i),
            ),
          }),
      );
      out.push(new Table({ rows: [header, ...rows], columnWidths: widths, width: { size: width, type: WidthType.DXA }, layout: TableLayoutType.FIXED, style: 'WorkbenchTable' }), spacer());
    } else {
      throw new Error(`bare-docx: the benchmark does not use ${block.type} blocks`);
    }
  }
  return out;
}

const level = (lang: 'ja' | 'en') => ({
  reference: `ordered-${lang}`,
  levels: [{ level: 0, format: LevelFormat.DECIMAL, text: lang === 'ja' ? '（%1）' : '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 630, hanging: 630 } } } }],
});

export async function bareDocx(doc: ExportDocument, ttf?: Record<FontFace, Buffer>): Promise<Buffer> {
  // docx/layout's estimator, built as the engine builds it (the same fonts under the same names), so both pay
  // the same for laying the pages out.
  const pageNumbers = ttf ? pageEstimator(ttf, names) : undefined;
  const document = new Document({
    creator: doc.metadata.company,
    title: doc.title,
    externalStyles: tableStylesXml(),
    styles: documentStyles(names),
    numbering: { config: [level('ja'), level('en')] },
    ...(pageNumbers ? { pageNumbers } : {}),
    compatibility: { doNotExpandShiftReturn: true },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1361, bottom: 1247, left: 1134, right: 1134, header: 624, footer: 567 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                style: 'Header',
                tabStops: [{ type: TabStopType.RIGHT, position: width }],
                border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '9A9A9A', space: 3 } },
                children: [run(doc.metadata.company, 'sans'), new TextRun({ children: [new Tab()] }), run(doc.title, 'sans')],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ style: 'Footer', children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], font: fontsOf(names.sans), language })] })],
          }),
        },
        children: body(doc),
      },
    ],
  });
  return Packer.toBuffer(document);
}
