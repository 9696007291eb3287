import { japanDateOf, japanTimeOf, tryParseInstant } from '../appi/japan-time';
import { AppError, type FieldIssue, type LocalizedText } from '../errors';
import { labelOf } from '../i18n/field-labels';
import { fillTemplate, validationMessages } from '../i18n/validation-messages';

/**
 * Facts that cannot be later than now: a breach cannot have occurred, been found or known, an entrustor been
 * notified, a report sent or an event happened after the moment the app reads its clock. "Now" is the app's
 * clock (APPI_WORKBENCH_CLOCK moves it), never the machine's: the core passes scope.now(), the renderer the
 * clock the core announced, so a form and the core refuse the same instants with the same words.
 */
export const pastIncidentInstants = ['occurredAt', 'discoveredAt', 'knownAt', 'entrustorNotifiedAt'] as const;

const enMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(at: Date) {
  const [year, month, day] = japanDateOf(at).split('-');
  return { date: `${year}/${month}/${day}`, time: japanTimeOf(at), en: `${enMonths[Number(month) - 1]} ${Number(day)}, ${year}` };
}

/** The app's clock as a badge or a log line shows it: 2026/12/29 10:00（日本時間） / Dec 29, 2026 10:00 JST. */
export function clockText(now: Date): LocalizedText {
  const { date, time, en } = parts(now);
  return { ja: `${date} ${time}（日本時間）`, en: `${en} ${time} JST` };
}

/** An instant inside a sentence's parentheses: 日本時間2026/12/29 10:00 / Dec 29, 2026 10:00 JST. */
export function instantText(at: Date): LocalizedText {
  const { date, time, en } = parts(at);
  return { ja: `日本時間${date} ${time}`, en: `${en} ${time} JST` };
}

/** The issue for an instant later than `now`, worded like every other field issue. */
export function futureIssue(field: string, now: Date, path: (string | number)[] = [field]): FieldIssue {
  return { path, message: fillTemplate(validationMessages.futureFact, { field: labelOf(field), now: instantText(now) }) };
}

/**
 * Every field of `values` among `fields` that holds an instant later than `now`. Values that are not instants
 * (null, half-typed) are left to the schema, which reports them itself.
 */
export function futureIssues(values: Readonly<Record<string, unknown>>, now: Date, fields: readonly string[] = pastIncidentInstants): FieldIssue[] {
  const limit = now.getTime();
  return fields.flatMap((field) => {
    const value = values[field];
    const ms = typeof value === 'string' ? tryParseInstant(value.trim()) : null;
    return ms !== null && ms > limit ? [futureIssue(field, now)] : [];
  });
}

/** Refuses, naming every such field at once, the values whose past facts lie after `now`. */
export function assertNotFuture(values: Readonly<Record<string, unknown>>, now: Date, fields: readonly string[] = pastIncidentInstants): void {
  const issues = futureIssues(values, now, fields);
  const first = issues[0];
  if (first) throw new AppError('validation', first.message, first.path, issues);
}
