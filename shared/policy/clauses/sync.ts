import type { PolicySection } from '../model';
import { fillClause, formatYen } from './fill';
import { requestClauses } from './requests';

/**
 * Keeps a sentence the clause library wrote for a structured fact in step with the fact: when the fee field
 * changes, the fee sentence a template wrote (「手数料はいただきません」 / 「1件につき1,000円の手数料をいただきます」, any
 * amount) becomes the one for the new fee, in both languages. Only the library's own sentences are rewritten —
 * the user's own wording is left as written, and the checker flags it if it contradicts the field.
 */
const clause = (id: string) => requestClauses.find((candidate) => candidate.id === id)!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function feeSentence(feeYen: number | null) {
  return feeYen === null ? fillClause(clause('requests_fee_free'), {}) : fillClause(clause('requests_fee_charged'), { fee: formatYen(feeYen) });
}

/** The library's fee sentences, free or charged with any amount, as one pattern per language. */
function feePattern(lang: 'ja' | 'en'): RegExp {
  const free = escape(fillClause(clause('requests_fee_free'), {})[lang]);
  const [head, tail] = clause('requests_fee_charged')[lang].split('{fee}').map(escape);
  const amount = lang === 'ja' ? '[0-9,]+円' : '[0-9,]+ yen';
  return new RegExp(`${free}|${head}${amount}${tail}`, 'g');
}

export function syncFactSentences<S extends PolicySection>(before: S, after: S): S {
  if (after.kind !== 'request_procedures' || before.kind !== 'request_procedures' || before.feeYen === after.feeYen) return after;
  const sentence = feeSentence(after.feeYen);
  const bodyJa = after.bodyJa.replace(feePattern('ja'), sentence.ja);
  const bodyEn = after.bodyEn.replace(feePattern('en'), sentence.en);
  return bodyJa === after.bodyJa && bodyEn === after.bodyEn ? after : { ...after, bodyJa, bodyEn };
}
