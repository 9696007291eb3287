import { plainText } from './inline';
import type { Align, Lang, TableBlock } from './model';

/** Numbers (counts, amounts, years, percentages) are right-aligned, in both renderers. */
const numeric = /^[\s¥$€£+\-−]*\d[\d,]*(\.\d+)?\s*(%|件|名|人|円|社|日|年|時間|pages?)?$/;

/** A column's alignment: as declared, else right when every non-empty body cell is a number, else left. */
export function columnAlign(block: TableBlock, column: number, lang: Lang): Align {
  const declared = block.columns[column]?.align;
  if (declared) return declared;
  const values = block.rows.map((row) => plainText(row[column] ?? '', lang).trim()).filter((text) => text.length > 0);
  return values.length > 0 && values.every((text) => numeric.test(text)) ? 'right' : 'left';
}
