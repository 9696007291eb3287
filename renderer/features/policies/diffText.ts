import type { PolicySection } from '../../../shared/policy/model';
import { sectionDataLines } from '../../../shared/policy/section-data-text';
import type { Lang } from '../../../shared/policy/vocabulary';

/** A section's text in one language as a reader compares it: heading, body, then its structured data as lines. */
export function sectionText(section: PolicySection, lang: Lang): string {
  const heading = lang === 'ja' ? section.headingJa : section.headingEn;
  const body = lang === 'ja' ? section.bodyJa : section.bodyEn;
  return [heading, body, ...sectionDataLines(section, lang)].filter((part) => part.trim() !== '').join('\n');
}

export interface Marked {
  before: [string, string, string];
  after: [string, string, string];
}

/** The common start and end of two texts and what differs between them, so the change can be marked. */
export function markChange(before: string, after: string): Marked {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const cut = (text: string): [string, string, string] => [text.slice(0, start), text.slice(start, text.length - end), text.slice(text.length - end)];
  return { before: cut(before), after: cut(after) };
}
