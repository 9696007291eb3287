import { contentsTitle, paragraphRuns, signatureLines } from '../../main/core/export/compose';
import { eraStyle, documentTextLang, metadataLines } from '../../main/core/export/frontmatter';
import { langOf, plainText, toRuns } from '../../main/core/export/inline';
import type { Block, ColumnBlock, ExportDocument, Lang } from '../../main/core/export/model';
import { headingText } from '../../main/core/export/text/heading';

/**
 * The texts a reader must find in an export, in reading order, from the model alone. A bilingual pair's English
 * column is a separate lane (it is beside the Japanese one, not after it). `mark` turns a language's text into
 * what the file shows (the PDF's glyph replacement); whitespace is removed since lines break anywhere.
 */
export interface Lanes {
  main: string[];
  english: string[];
  /** Everything in file order, each pair's English after its Japanese (as a Word table row holds them). */
  sequential: string[];
}

export const squash = (text: string) => text.replace(/\s+/g, '');

function columnTexts(blocks: readonly ColumnBlock[], lang: Lang): { text: string; lang: Lang }[] {
  return blocks.flatMap((block) => {
    const blockLang = block.lang ?? lang;
    if (block.type === 'heading') return [{ text: headingText(block, blockLang), lang: blockLang }];
    if (block.type === 'list') return block.items.map((item) => ({ text: plainText(item, blockLang), lang: blockLang }));
    return [{ text: plainText(paragraphRuns(block, blockLang), blockLang), lang: blockLang }];
  });
}

function blockTexts(doc: ExportDocument, block: Block): { text: string; lang: Lang }[] {
  const lang = 'lang' in block ? langOf(block, doc.lang) : documentTextLang(doc);
  const one = (text: string) => ({ text, lang });
  switch (block.type) {
    case 'heading':
      return [one(headingText(block, lang))];
    case 'paragraph':
      return [one(plainText(paragraphRuns(block, lang), lang))];
    case 'list':
      return block.items.map((item) => one(plainText(item, lang)));
    case 'table':
      return [
        ...(block.caption ? [one(block.caption)] : []),
        ...block.columns.map((column) => one(plainText(column.header, lang))),
        ...block.rows.flatMap((row) => row.map((cell) => one(plainText(cell, lang)))),
      ];
    case 'keyValue':
      return block.rows.flatMap((row) => [one(plainText(row.label, lang)), one(plainText(row.value, lang))]);
    case 'note':
      return [...(block.title ? [one(block.title)] : []), one(plainText(toRuns(block.content), lang))];
    case 'signature':
      return signatureLines(block, lang, eraStyle(doc)).map((runs) => one(plainText(runs, lang)));
    case 'toc':
      return [one(contentsTitle(block.title, doc.lang))];
    case 'pageBreak':
      return [];
    case 'bilingual':
      return columnTexts(block.ja, 'ja');
  }
}

export function expectedLanes(doc: ExportDocument, mark: (text: string, lang: Lang) => string = (text) => text): Lanes {
  const lang = documentTextLang(doc);
  const main = metadataLines(doc, eraStyle(doc)).map((text) => ({ text, lang }));
  main.push(...(doc.letterhead ?? []).flatMap((block) => blockTexts(doc, block)));
  main.push(...[doc.title, ...(doc.subtitle ? [doc.subtitle] : [])].map((text) => ({ text, lang })));
  const english: { text: string; lang: Lang }[] = [];
  const sequential = [...main];
  for (const block of doc.blocks) {
    const texts = blockTexts(doc, block);
    main.push(...texts);
    sequential.push(...texts);
    if (block.type === 'bilingual') {
      english.push(...columnTexts(block.en, 'en'));
      sequential.push(...columnTexts(block.en, 'en'));
    }
  }
  const finish = (items: { text: string; lang: Lang }[]) => items.map((item) => squash(mark(item.text, item.lang))).filter(Boolean);
  return { main: finish(main), english: finish(english), sequential: finish(sequential) };
}

/** The first expected text not found in order in `actual` (whitespace removed), or null when all are. */
export function firstMissingInOrder(expected: readonly string[], actual: string): string | null {
  let at = 0;
  for (const text of expected) {
    const found = actual.indexOf(text, at);
    if (found < 0) return text;
    at = found + text.length;
  }
  return null;
}
