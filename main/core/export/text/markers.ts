/**
 * The marker a numbered or bulleted item starts with, as policies write them: （1） (1) （a） (i) 1. 1) １． a.
 * ① 一、 ・ • - . Printed on a hanging indent (the marker at the margin, wrapped lines under the item's first
 * word), as a typeset document sets them. A figure that merely starts a sentence (「1,000円」, "2026.4.1",
 * "3 days") is no marker: a marker is followed by a space or by text that is not a digit.
 */
const patterns: readonly RegExp[] = [
  // Bracketed: （1） (1) （１） (a) (iv) 【1】 ［1］
  /^[（(【［[]\s*(?:[0-9０-９]{1,3}|[a-zA-Zａ-ｚＡ-Ｚ]|[ivxIVX]{1,5}|[一二三四五六七八九十]{1,3}|[ア-ン]|[イロハニホヘト])\s*[）)】］\]]/,
  // Closed on one side: 1) a) イ)
  /^(?:[0-9０-９]{1,3}|[a-zａ-ｚ]|[ア-ン])[)）]/,
  // Dotted or with a comma: 1. １． 1、 一、 a.
  /^(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[.．、](?=\s|[^0-9０-９.．,，])/,
  /^[a-z][.．](?=\s)/,
  // Circled numbers ①–⑳ and ㉑–㊿, parenthesised ⑴–⒇
  /^[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf\u2474-\u2487]/,
  // Bullets
  /^[・•●○◆◇■□▪‣※](?=\S|\s)/,
  /^-(?=\s)/,
];

export interface Marked {
  marker: string;
  rest: string;
}

/** The item marker and the text after it (the space between dropped), or null when the text is no item. */
export function splitMarker(text: string): Marked | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const marker = match[0];
    const rest = text.slice(marker.length).replace(/^[\s\u3000]+/, '');
    if (rest === '') return null;
    return { marker, rest };
  }
  return null;
}
