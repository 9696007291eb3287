import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ExportDocument } from '../main/core/export/model';
import { flatTexts } from './export-policy';

/** The benchmark's policy text as plain docx paragraphs: no styles, tables, lists, contents, header or footer. */
export async function bareDocxPlain(doc: ExportDocument): Promise<Buffer> {
  const children = [new Paragraph({ heading: HeadingLevel.TITLE, text: doc.title })];
  for (const [kind, text] of flatTexts(doc)) {
    children.push(
      kind === 'heading'
        ? new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text, font: { eastAsia: 'Yu Gothic' } })] })
        : new Paragraph({ children: [new TextRun({ text, font: { eastAsia: 'Yu Mincho' } })] }),
    );
  }
  const document = new Document({ sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children }] });
  return Packer.toBuffer(document);
}
