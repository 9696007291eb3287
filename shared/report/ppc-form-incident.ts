import type { LocalizedText } from '../errors';
import { anySensitive, dataItemCatalog } from '../domain/incident-items';
import type { RawValues } from './ppc-form-reporter';
import type { PpcFormIncident, PpcFormNotification, PpcStage } from './ppc-form-source';
import {
  breachKindText,
  japanDateText,
  japanDateTimeText,
  joinLines,
  joinList,
  mediumValues,
  noneValue,
  notApplicable,
  progressValues,
  reportKindValues,
  secondaryDamageValues,
  situationValues,
  withCommas,
} from './ppc-form-values';

/**
 * The incident's part of the PPC form, from the record: the report's kind, the event and its situations, the dates,
 * medium and entrustment, and items 1–9 of Rule Art. 8(1). null = not known yet (the helper shows the field's gap
 * word); a key left out does not apply to this report (the 速報's date on a 速報, other bodies when none were told).
 * Items hold only the reporter's statements: the structured facts and the user's own text, never the tool's verdict.
 */
const same = (text: string): LocalizedText | null => (text.trim() === '' ? null : { ja: text.trim(), en: text.trim() });

const both = (ja: string, en: string): LocalizedText => ({ ja, en });

/** The latest sent notification of a kind that no later one corrects. */
function lastSent(notifications: readonly PpcFormNotification[], kind: PpcFormNotification['notificationKind']) {
  return notifications.filter((n) => n.notificationKind === kind && n.sentAt !== null && n.correctedBy === null).at(-1);
}

function situations(incident: PpcFormIncident): LocalizedText | null {
  if (incident.triggers.length === 0) return null;
  const lines = incident.triggers.map((trigger) => situationValues[trigger]);
  return both(joinLines(lines.map((l) => l.ja)), joinLines(lines.map((l) => l.en)));
}

/** The chosen items, then the free ones, then the user's own text for item 2. */
function dataItems(incident: PpcFormIncident): LocalizedText | null {
  const listed = incident.dataItems.map((code) => dataItemCatalog[code].label);
  const ja = [...listed.map((l) => l.ja), ...incident.otherDataItems];
  const en = [...listed.map((l) => l.en), ...incident.otherDataItems];
  const own = incident.reportItems.trim();
  if (ja.length === 0 && own === '') return null;
  // The catalogue's English labels are lower case for running text; a list standing alone starts with a capital.
  const enList = joinList(en, 'en');
  const enText = enList.charAt(0).toUpperCase() + enList.slice(1);
  return both(joinLines([joinList(ja, 'ja'), own]), joinLines([enText, own]));
}

function sensitiveIncluded(incident: PpcFormIncident): LocalizedText | null {
  const value = anySensitive(incident.dataItems) ? true : incident.sensitive;
  if (value === null) return null;
  return value ? both('含む', 'Included') : both('含まない', 'Not included');
}

/** The count (exact, or an estimate marked as such, with a known maximum), then the user's own text. */
function individuals(incident: PpcFormIncident): LocalizedText | null {
  const own = incident.reportIndividuals.trim();
  const n = incident.individuals;
  if (incident.individualsKind === 'unknown' || n === null) return own === '' ? null : same(own);
  const bound = incident.individualsUpperBound;
  const count =
    incident.individualsKind === 'exact'
      ? both(`${withCommas(n)}人`, `${withCommas(n)} ${n === 1 ? 'individual' : 'individuals'}`)
      : both(`約${withCommas(n)}人（推計）`, `About ${withCommas(n)} individuals (estimate)`);
  const withBound =
    bound !== null && bound > n ? both(`${count.ja}（最大${withCommas(bound)}人）`, `${count.en}, at most ${withCommas(bound)}`) : count;
  return both(joinLines([withBound.ja, own]), joinLines([withBound.en, own]));
}

function entrustor(incident: PpcFormIncident): LocalizedText | null {
  if (!incident.weAreEntrustee) return noneValue;
  return same(incident.entrustorName);
}

function entrustee(incident: PpcFormIncident): LocalizedText | null {
  if (!incident.weHaveEntrustee) return noneValue;
  return same(incident.entrusteeName);
}

/** Item 5's text: not applicable when the answer is "no" and nothing more was written. */
function secondaryDetail(incident: PpcFormIncident): LocalizedText | null {
  const own = same(incident.reportSecondaryDamage);
  if (own) return own;
  return incident.secondaryDamage === 'no' ? notApplicable : null;
}

/** Other bodies told of the case (police, card companies …): the `other` notifications, sent or planned. */
function otherBodies(notifications: readonly PpcFormNotification[]): LocalizedText | undefined {
  const others = notifications.filter((n) => n.notificationKind === 'other' && n.correctedBy === null && n.recipient.trim() !== '');
  if (others.length === 0) return undefined;
  const line = (n: PpcFormNotification, lang: 'ja' | 'en') => {
    const name = n.recipient.trim();
    if (n.sentAt === null) return lang === 'ja' ? `${name}（連絡予定）` : `${name} (planned)`;
    const date = japanDateText(n.sentAt)[lang];
    return lang === 'ja' ? `${name}（${date}連絡済み）` : `${name} (informed on ${date})`;
  };
  return both(joinLines(others.map((n) => line(n, 'ja'))), joinLines(others.map((n) => line(n, 'en'))));
}

/** A stated choice's words; '' (not stated yet) or anything the list does not know is a gap. */
function choice(value: string | undefined, values: Record<string, LocalizedText>): LocalizedText | null {
  return value && Object.hasOwn(values, value) ? (values[value] ?? null) : null;
}

export function incidentValues(incident: PpcFormIncident, stage: PpcStage, notifications: readonly PpcFormNotification[]): RawValues {
  const values: RawValues = { reportKind: reportKindValues[stage] };
  if (stage === 'final') {
    const preliminary = lastSent(notifications, 'ppc_preliminary');
    // A 確報 that served as the 速報 too (GL 3-5-3-4) has no separate 速報 to refer to.
    if (preliminary?.sentAt && !preliminary.combinedWithPreliminary) {
      values.preliminarySentAt = japanDateTimeText(preliminary.sentAt);
      values.preliminaryReference = same(preliminary.referenceNumber);
    }
  }
  Object.assign(values, {
    breachKind: breachKindText(incident.breachKind, incident.certainty === 'suspected'),
    situations: situations(incident),
    occurredAt: incident.occurredAt ? japanDateTimeText(incident.occurredAt) : null,
    discoveredAt: incident.discoveredAt ? japanDateTimeText(incident.discoveredAt) : null,
    discoveredBy: same(incident.discoveredBy),
    howDiscovered: same(incident.howDiscovered),
    knownAt: japanDateTimeText(incident.knownAt),
    medium: choice(incident.medium, mediumValues),
    entrustor: entrustor(incident),
    entrustee: entrustee(incident),
    overview: same(incident.reportOverview),
    dataItems: dataItems(incident),
    sensitiveIncluded: sensitiveIncluded(incident),
    individuals: individuals(incident),
    cause: same(incident.reportCause),
    secondaryDamage: choice(incident.secondaryDamage, secondaryDamageValues),
    secondaryDamageDetail: secondaryDetail(incident),
    responseStatus: choice(incident.individualsResponse, progressValues),
    responseDetail: same(incident.reportResponse),
    publicationStatus: choice(incident.publication, progressValues),
    publicationDetail: same(incident.reportPublication),
    prevention: same(incident.reportPrevention),
    other: same(incident.reportOther),
  } satisfies RawValues);
  const bodies = otherBodies(notifications);
  if (bodies) values.otherBodies = bodies;
  return values;
}
