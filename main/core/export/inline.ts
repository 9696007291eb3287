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

// A web address in running text: http(s)://… or www.…, up to a space, a CJK character or closing punctuation.
const urlPattern = /\b(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/g;

/**
 * Runs with every web address in plain text made a link (its own run, `link` set), so both renderers link it;
 * trailing sentence punctuation stays outside the link.
 */
export function linkRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.missing || run.link || !/https?:\/\/|www\./.test(run.text)) {
      out.push(run);
      continue;
    }
    let at = 0;
    for (const match of run.text.matchAll(urlPattern)) {
      const url = match[0].replace(/[.,;:!?'\])]+$/, '');
      const start = match.index;
      if (start > at) out.push({ ...run, text: run.text.slice(at, start) });
      out.push({ ...run, text: url, link: url.startsWith('www.') ? `https://${url}` : url });
      at = start + url.length;
    }
    if (at < run.text.length) out.push({ ...run, text: run.text.slice(at) });
  }
  return out;
}
