/**
 * After the editor has scrolled to a section, selects the quoted sentence in that section's text field, so the
 * checker's evidence is shown where it is written. Quotes have their spacing flattened and may end in … when
 * long, so the match allows any whitespace and stops at the ellipsis. Returns whether the sentence was found.
 */
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function revealQuote(sectionId: string, quote: string): boolean {
  const section = document.getElementById(`section-${sectionId}`);
  if (!section) return false;
  const text = quote.replace(/…$/, '').trim();
  if (text === '') return false;
  const pattern = new RegExp(text.split(/\s+/).map(escape).join('\\s+'));
  for (const field of section.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input[type="text"], input:not([type])')) {
    const match = pattern.exec(field.value);
    if (!match) continue;
    field.focus({ preventScroll: true });
    field.setSelectionRange(match.index, match.index + match[0].length);
    field.closest('[data-section-field]')?.scrollIntoView({ block: 'nearest' });
    return true;
  }
  return selectInDocument(section, pattern);
}

/** A published version has no fields: the sentence is selected in the document's text (PolicyDocumentView). */
function selectInDocument(section: HTMLElement, pattern: RegExp): boolean {
  for (const paragraph of section.querySelectorAll<HTMLElement>('.wb-pol-doc-text, .wb-pol-doc-list li')) {
    const node = paragraph.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) continue;
    const match = pattern.exec(node.textContent ?? '');
    if (!match) continue;
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    paragraph.scrollIntoView({ block: 'nearest' });
    return true;
  }
  return false;
}
