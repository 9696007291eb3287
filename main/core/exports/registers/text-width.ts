/**
 * How wide a text is in a spreadsheet column, in Excel's character units: East Asian wide and full-width
 * characters take two, everything else one. Good enough to size columns so Japanese headers are not cut.
 */
const wide = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += wide.test(char) ? 2 : 1;
  return width;
}

/** The widest line of a text that may hold line breaks. */
export function widestLine(text: string): number {
  return text.split('\n').reduce((max, line) => Math.max(max, displayWidth(line)), 0);
}
