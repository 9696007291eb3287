import { statusLabels } from '../../../../shared/domain/incident-status';
import { eventKindLabels } from '../../../../shared/domain/incident-timeline';
import { notificationKindLabels } from '../../../../shared/domain/incident-notification';
import { reportItemFields } from '../../../../shared/domain/incident';
import type { Block, ExportDocument, Inline, Lang, Run } from '../model';
import { companyName } from './company';
import { documentOf } from './documents';
import type { BuildOptions, IncidentRecord } from './record';
import { dataItemsText, individualsText, reportItemLabels, reportItemValue } from './report-items';
import { findingLabels, summaryWords, topicLabels } from './summary-words';
import { dateText, eraOf, given, headerLang, instantOrMissing, instantText, isMissing, joinList } from './text';
import { words } from './words';

/**
 * The internal summary of an incident, for the manager and the file: the facts, the timeline (corrected events
 * marked, never hidden), the assessment with its reasons, citations and the basis of each deadline, and the
 * reports and notices with their due dates against when they were sent.
 */
const heading = (n: number, text: string, lang: Lang): Block => ({ type: 'heading', level: 1, label: `${n}.`, labelStyle: 'plain', text, lang });

function factBlocks(record: IncidentRecord, lang: Lang, options: BuildOptions): Block[] {
  const s = summaryWords(lang);
  const w = words(lang);
  const era = eraOf(options.era);
  const { incident } = record;
  const ministry = incident.delegatedMinistry.trim();
  return [
    {
      type: 'keyValue',
      lang,
      rows: [
        { label: s.incidentTitle, value: incident.title },
        { label: s.status, value: statusLabels[incident.status][lang] },
        { label: w.breachKind, value: `${w.breach[incident.breachKind]}${w.certainty[incident.certainty]}` },
        { label: w.occurredAt, value: instantOrMissing(incident.occurredAt, lang, era) },
        { label: w.discoveredAt, value: instantOrMissing(incident.discoveredAt, lang, era) },
        { label: w.knownAt, value: instantText(incident.knownAt, lang, era) },
        { label: s.knownBy, value: given(incident.knownBy) },
        { label: s.howDiscovered, value: given(incident.howDiscovered) },
        { label: s.items, value: dataItemsText(incident, lang) },
        { label: s.individuals, value: individualsText(incident, lang) },
        { label: s.entrustee, value: incident.weAreEntrustee ? s.entrusteeYes(incident.entrustorName || '—') : s.entrusteeNo },
        { label: s.route, value: ministry ? w.delegated(ministry) : w.direct },
      ],
    },
  ];
}

function timelineBlocks(record: IncidentRecord, lang: Lang, options: BuildOptions): Block[] {
  const s = summaryWords(lang);
  if (record.timeline.length === 0) return [{ type: 'paragraph', content: s.noEvents, lang }];
  const numbers = new Map(record.timeline.map((event, i) => [event.id, i + 1]));
  const rows = record.timeline.map((event, i): Inline[] => {
    const marks: Run[] = [];
    if (event.supersededBy !== null) marks.push({ text: s.correctedBy(numbers.get(event.supersededBy) ?? event.supersededBy), bold: true });
    if (event.correctsEventId !== null) marks.push({ text: s.corrects(numbers.get(event.correctsEventId) ?? event.correctsEventId), bold: true });
    return [String(i + 1), instantText(event.at, lang, eraOf(options.era)), eventKindLabels[event.eventKind][lang], [...marks, { text: event.text }], given(event.by)];
  });
  return [
    {
      type: 'table',
      lang,
      columns: [
        { header: s.no, width: 0.06, align: 'right' },
        { header: s.at, width: 0.2 },
        { header: s.kind, width: 0.12 },
        { header: s.text, width: 0.46 },
        { header: s.by, width: 0.16 },
      ],
      rows,
    },
  ];
}

function assessmentBlocks(record: IncidentRecord, lang: Lang, options: BuildOptions): Block[] {
  const s = summaryWords(lang);
  const { assessment } = record.incident;
  const cites = (list: readonly { ja: string; en: string }[]) => (list.length > 0 ? joinList(list.map((c) => c[lang]), lang) : '—');
  const reasons = assessment.reasons.map((reason): Inline[] => [
    topicLabels[reason.topic][lang],
    reason.status ? findingLabels[reason.status][lang] : '—',
    reason.reason[lang],
    cites(reason.citations),
  ]);
  const blocks: Block[] = [
    { type: 'paragraph', content: [{ text: words(lang).verdict[assessment.reportable], bold: true }], lang },
    {
      type: 'table',
      lang,
      columns: [
        { header: s.topic, width: 0.18 },
        { header: s.finding, width: 0.13 },
        { header: s.reason, width: 0.44 },
        { header: s.sources, width: 0.25 },
      ],
      rows: reasons,
    },
    { type: 'heading', level: 2, text: s.deadlines, lang },
  ];
  if (!assessment.bases || !assessment.preliminary || !assessment.final) {
    blocks.push({ type: 'paragraph', content: s.noDeadlines, lang });
  } else {
    const era = eraOf(options.era);
    const row = (label: string, date: string, basis: { text: { ja: string; en: string }; citations: readonly { ja: string; en: string }[] }) => ({
      label,
      value: [{ text: dateText(date, lang, era), bold: true }, { text: `\n${basis.text[lang]}\n${s.sources}${words(lang).colon}${cites(basis.citations)}` }],
    });
    blocks.push({
      type: 'keyValue',
      lang,
      labelWidth: 0.24,
      rows: [
        row(s.target, assessment.preliminary.target, assessment.bases.preliminaryTarget),
        row(s.limit, assessment.preliminary.limit, assessment.bases.preliminaryLimit),
        row(s.final, assessment.final.due, assessment.bases.final),
      ],
    });
  }
  blocks.push({ type: 'note', content: s.disclaimer, lang });
  return blocks;
}

function notificationBlocks(record: IncidentRecord, lang: Lang, options: BuildOptions): Block[] {
  const s = summaryWords(lang);
  if (record.notifications.length === 0) return [{ type: 'paragraph', content: s.noNotifications, lang }];
  const era = eraOf(options.era);
  const rows = record.notifications.map((n): Inline[] => [
    `${notificationKindLabels[n.notificationKind][lang]}${n.correctedBy !== null ? s.corrected : ''}`,
    n.recipient || '—',
    n.dueDate ? dateText(n.dueDate, lang, era) : s.noDue,
    n.sentAt ? instantText(n.sentAt, lang, era) : words(lang).notYetSent,
    n.status ? n.status.label[lang] : '—',
  ]);
  return [
    {
      type: 'table',
      lang,
      columns: [
        { header: s.kind, width: 0.17 },
        { header: s.recipient, width: 0.21 },
        { header: s.due, width: 0.18 },
        { header: s.sent, width: 0.24 },
        { header: s.result, width: 0.2 },
      ],
      rows,
    },
  ];
}

function reportBlocks(record: IncidentRecord, lang: Lang): Block[] {
  const s = summaryWords(lang);
  // What the report would print as 未記入: items 2 and 3 count as filled when the structured facts give them.
  const missing = reportItemFields.filter((field) => isMissing(reportItemValue(record.incident, field, lang)));
  if (missing.length === 0) return [{ type: 'paragraph', content: s.complete, lang }];
  return [
    { type: 'paragraph', content: s.missing(missing.length), lang },
    { type: 'list', ordered: false, items: missing.map((field) => `${words(lang).itemLabel(reportItemFields.indexOf(field) + 1, reportItemLabels[field][lang])}`), lang },
  ];
}

export function buildIncidentSummary(record: IncidentRecord, options: BuildOptions): ExportDocument {
  const doc = documentOf(
    options,
    (lang) => {
      const s = summaryWords(lang);
      return {
        title: s.title,
        blocks: [
          heading(1, s.facts, lang),
          ...factBlocks(record, lang, options),
          heading(2, s.timeline, lang),
          ...timelineBlocks(record, lang, options),
          heading(3, s.assessment, lang),
          ...assessmentBlocks(record, lang, options),
          heading(4, s.notifications, lang),
          ...notificationBlocks(record, lang, options),
          heading(5, s.report, lang),
          ...reportBlocks(record, lang),
        ],
      };
    },
    {
      company: companyName(record.company, headerLang(options)),
      documentDate: options.today,
      reference: `INC-${record.incident.id}`,
      subject: record.incident.title,
    },
  );
  return { ...doc, headerText: summaryWords(headerLang(options)).header };
}
