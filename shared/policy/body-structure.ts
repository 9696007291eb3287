import { readLine } from './import/lines';

/**
 * The headings inside an article's body. An imported article keeps its sub-headings in its body as the source has
 * them (「【細目】」, 「■ 例外」, "### From partners", "**Note**"), so that they number nothing; printed, they are
 * still set as headings. Returns the text to print (markdown's # and ** marks dropped; 【】 and ■ kept, as
 * written), or null for a line of prose, a list item or a contact line.
 */
export function subHeadingText(line: string): string | null {
  const read = readLine(line, 0);
  if (read.blank) return null;
  if (read.markdown) return read.text.replace(/^#{1,6}\s+/, '').trim();
  if (!read.marked || read.contact) return null;
  return /^\*\*[^*]+\*\*$/.test(read.text) ? read.text.slice(2, -2).trim() : read.text;
}
