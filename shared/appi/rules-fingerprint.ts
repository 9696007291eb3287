import { addDays } from './civil-date';
import { computeDeadlines } from './deadlines';
import { holidayDates } from './japan-calendar';
import { ruleParameters } from './rule-parameters';

/**
 * A short digest of everything an incident's stored derived values (reportable, due dates and their bases) depend
 * on: the rule table, the holiday data, and what the deadline rules actually compute over a span of years, so a
 * change to the counting code changes it even when no parameter did. A workspace keeps the fingerprint its records
 * were derived under; when this version of the app computes a different one, the open incidents are derived again
 * (main/core/incidents/rederive.ts).
 *
 * DERIVATION_REVISION covers what the probe cannot see (how an assessment or a notice's basis is worded, which
 * date an incident shows first): raise it with any such change.
 */
// 2: the stored next deadline is the earliest open statutory deadline first (issue 10), not the earliest date.
export const DERIVATION_REVISION = 2;

/** FNV-1a, 32 bits, as 8 hex digits: a stable digest for change detection, not a security measure. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

// Four hundred days across a year end, Golden Week and the autumn holidays: any change to counting shows there.
const PROBE_FROM = '2026-04-01';
const PROBE_DAYS = 400;

function deadlineProbe(): string {
  const out: string[] = [];
  for (let i = 0; i < PROBE_DAYS; i++) {
    const day = addDays(PROBE_FROM, i);
    for (const wrongfulPurpose of [false, true]) out.push(JSON.stringify(computeDeadlines({ knownAt: `${day}T10:00:00+09:00`, wrongfulPurpose })));
  }
  return out.join('\n');
}

let memo: string | undefined;

export function rulesFingerprint(): string {
  if (memo === undefined) {
    const parameters = Object.entries(ruleParameters).map(([name, parameter]) => [name, parameter.value]);
    const holidays = holidayDates();
    memo = [
      `r${DERIVATION_REVISION}`,
      `p${digest(JSON.stringify(parameters))}`,
      `h${holidays.length}-${digest(holidays.join(','))}`,
      `d${digest(deadlineProbe())}`,
    ].join('.');
  }
  return memo;
}
