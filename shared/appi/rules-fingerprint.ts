import { assess } from './assess';
import type { BreachFactsInput } from './breach-facts';
import { addDays } from './civil-date';
import { computeDeadlines } from './deadlines';
import { holidayDates } from './japan-calendar';
import { ruleParameters } from './rule-parameters';

/**
 * A short digest of everything an incident's stored derived values (reportable, due dates and their bases) depend
 * on: the rule table, the holiday data, what the deadline rules actually compute over a span of years, and what the
 * reportability rules conclude (verdict, reasons, entrustee relief) over a set of probe cases — so a change to the
 * counting or the rules' code changes it even when no parameter did. A workspace keeps the fingerprint its records
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

// Cases across every rule of the verdict: the volume readings (exact, estimate, open, capped), the entrustee notice
// on day 1, 5 and 6 and none, pseudonymised information, the encryption exemption, facts still unknown.
const PROBE_KNOWN_AT = '2026-12-28T10:00:00+09:00';
const probeCases: readonly BreachFactsInput[] = (() => {
  const none = { sensitive: false, financialRisk: false, wrongfulPurpose: false, highLevelEncryption: false } as const;
  const counts: BreachFactsInput[] = [];
  for (const individualsKind of ['exact', 'estimate', null] as const) {
    for (const individuals of [null, 800, 1000, 1001]) {
      for (const individualsUpperBound of [null, 900, 1001, 5000]) {
        if (individuals !== null && individualsUpperBound !== null && individualsUpperBound < individuals && individualsKind !== 'exact') continue;
        counts.push({ ...none, individualsKind, individuals, individualsUpperBound });
      }
    }
  }
  const entrustee = [null, '2026-12-28T10:00:00+09:00', '2027-01-01T23:59:00+09:00', '2027-01-02T00:00:00+09:00'].map(
    (entrustorNotifiedAt): BreachFactsInput => ({ ...none, financialRisk: true, weAreEntrustee: true, entrustorName: '委託元', entrustorNotifiedAt }),
  );
  const other: BreachFactsInput[] = [
    {},
    { ...none, sensitive: true, pseudonymised: true },
    { ...none, sensitive: true, pseudonymised: null },
    { ...none, sensitive: true, highLevelEncryption: true, keyLeaked: false },
    { ...none, sensitive: true, highLevelEncryption: true, keyLeaked: null },
    { ...none, wrongfulPurpose: true, beingAcquired: true, individuals: 5000 },
    { ...none, sensitive: true, beingAcquired: null },
  ];
  return [...counts, ...entrustee, ...other];
})();

function reportabilityProbe(): string {
  return probeCases.map((facts) => JSON.stringify(assess(facts, PROBE_KNOWN_AT))).join('\n');
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
      `a${digest(reportabilityProbe())}`,
    ].join('.');
  }
  return memo;
}
