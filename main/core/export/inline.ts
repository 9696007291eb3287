import { label } from './labels';
import type { DocumentLang, Inline, Lang, Run } from './model';

/** Runs of inline content; a plain string is one unstyled run. */
export function toRuns(content: Inline): readonly Run[] {
  return typeof content === 'string' ? [{ text: content }] : content;
}

/** What a missing run prints: 「未記入」, or 「未記入（代表者名）」 when it names the field. */
export function missingText(run: { text?: string }, lang: Lang): string {
  const word = label('missing', lang);
  if (!run.text) return word;
  return lang === 'ja' ? `${word}（${run.text}）` : `${word} (${run.text})`;
}

/** The text a reader sees, placeholders included: for search, tests and file properties. */
export function plainText(content: Inline, lang: Lang): string {
  return toRuns(content)
    .map((run) => (run.missing ? missingText(run, lang) : run.text))
    .join('');
}

/** A block's language: its own, else the document's (Japanese for a bilingual document's shared blocks). */
export function langOf(block: { lang?: Lang }, documentLang: DocumentLang): Lang {
  return block.lang ?? (documentLang === 'en' ? 'en' : 'ja');
}
