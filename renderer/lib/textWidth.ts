/**
 * A column's width from its content (issue 13 item 7: sized to content, not a guess): the widest text estimated at
 * the table's 14px — full-width characters 14px, others about 8px — plus the cell's padding, within bounds.
 * An estimate, so a cell past `max` wraps rather than clips.
 */
export function contentWidth(texts: readonly string[], { min = 80, max = 260, padding = 24 } = {}): number {
  let widest = 0;
  for (const text of texts) {
    let width = 0;
    for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 14 : 8;
    widest = Math.max(widest, width);
  }
  return Math.min(max, Math.max(min, Math.ceil(widest + padding)));
}
