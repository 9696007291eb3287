import { japanDateOf } from '../../../../shared/appi/japan-time';
import { triggerNames } from '../../../../shared/appi/reportability-reasons';
import { reportItemFields } from '../../../../shared/domain/incident';
import type { Notification } from '../../../../shared/domain/incident-notification';
import type { Block, ExportDocument, Inline, KeyValueBlock, Lang } from '../model';
import { companyAddress, companyName, contactPerson, representative, representativeName, representativeTitle } from './company';
import { documentOf } from './documents';
import type { BuildOptions, IncidentRecord } from './record';
import { reportItemLabels, reportItemValue } from './report-items';
import { dateText, eraOf, given, headerLang, instantOrMissing, joinList } from './text';
import { words } from './words';

/**
 * The report to the PPC (or the ministry it delegated to), 速報 or 確報 (APPI Art. 26(1); Rule Art. 8): the
 * reporter block, the report's kind and the dates of occurrence, discovery and knowing in Japan time, the nine
 * items of Rule Art. 8(1) as a numbered table with their citations, and why the incident is reportable.
 */
export type PpcStage = 'preliminary' | 'final';

const plain = (label: string, text: string, lang: Lang): Block => ({ type: 'heading', level: 1, label, labelStyle: 'plain', text, lang });

function sentReport(record: IncidentRecord, kind: Notification['notificationKind']): Notification | undefined {
  return record.notifications.filter((n) => n.notificationKind === kind && n.sentAt !== null && n.correctedBy === null).at(-1);
}

function preliminaryLine(record: IncidentRecord, lang: Lang, options: BuildOptions): Inline {
  const w = words(lang);
  const sent = sentReport(record, 'ppc_preliminary');
  if (sent?.sentAt) return w.preliminaryOn(dateText(japanDateOf(sent.sentAt), lang, eraOf(options.era)), sent.referenceNumber);
  if (sentReport(record, 'ppc_final')?.combinedWithPreliminary) return w.preliminaryCombined;
  return w.preliminaryNone;
}

/** Other bodies told of the case (police, card companies, an authorized organization …), from `other` notifications. */
function elsewhere(record: IncidentRecord, lang: Lang, options: BuildOptions): Inline {
  const w = words(lang);
  const others = record.notifications.filter((n) => n.notificationKind === 'other');
  if (others.length === 0) return w.noneRecorded;
  return others
    .map((n) => {
      const status = n.sentAt ? w.sentOn(dateText(japanDateOf(n.sentAt), lang, eraOf(options.era))) : w.notYetSent;
      const recipient = n.recipient || '—';
      return lang === 'ja' ? `${recipient}（${status}）` : `${recipient} (${status})`;
    })
    .join('\n');
}

function caseRows(record: IncidentRecord, stage: PpcStage, lang: Lang, options: BuildOptions): KeyValueBlock['rows'] {
  const w = words(lang);
  const era = eraOf(options.era);
  const { incident } = record;
  const ministry = incident.delegatedMinistry.trim();
  const rows: { label: Inline; value: Inline }[] = [
    { label: w.reportKind, value: w.stage[stage] },
    { label: w.route, value: ministry ? w.delegated(ministry) : w.direct },
  ];
  if (stage === 'final') rows.push({ label: w.preliminarySent, value: preliminaryLine(record, lang, options) });
  rows.push(
    { label: w.breachKind, value: `${w.breach[incident.breachKind]}${w.certainty[incident.certainty]}` },
    { label: w.occurredAt, value: instantOrMissing(incident.occurredAt, lang, era) },
    { label: w.discoveredAt, value: instantOrMissing(incident.discoveredAt, lang, era) },
    { label: w.knownAt, value: instantOrMissing(incident.knownAt, lang, era) },
    { label: w.elsewhere, value: elsewhere(record, lang, options) },
  );
  return rows;
}

/** The triggers that hold, each with its citation, then the verdict (and the exemption when it applies). */
function basisBlocks(record: IncidentRecord, lang: Lang): Block[] {
  const w = words(lang);
  const { assessment } = record.incident;
  const holding = assessment.reasons.filter((reason) => reason.status === 'holds' && assessment.triggers.includes(reason.topic as never));
  const items = holding.map((reason) => {
    const name = triggerNames[reason.topic as keyof typeof triggerNames][lang];
    const cites = joinList(reason.citations.map((c) => c[lang]), lang);
    return lang === 'ja' ? `${name}（${cites}）：${reason.reason.ja}` : `${name} (${cites}): ${reason.reason.en}`;
  });
  const blocks: Block[] = [];
  blocks.push(items.length > 0 ? { type: 'list', ordered: false, items, lang } : { type: 'paragraph', content: w.noTrigger, lang });
  const verdict = [w.verdict[assessment.reportable], assessment.exemption ? w.exemption : ''].filter(Boolean).join(lang === 'ja' ? '' : ' ');
  blocks.push({ type: 'paragraph', content: verdict, lang });
  return blocks;
}

export function ppcReportBlocks(record: IncidentRecord, stage: PpcStage, lang: Lang, options: BuildOptions): Block[] {
  const w = words(lang);
  const { incident, company } = record;
  const recipient = incident.delegatedMinistry.trim() || w.ppc;
  const nine = reportItemFields.map((field, i) => ({
    label: [{ text: w.itemLabel(i + 1, reportItemLabels[field][lang]), bold: true }, { text: `\n${w.citationNote(i + 1)}` }],
    value: reportItemValue(incident, field, lang),
  }));
  return [
    { type: 'paragraph', content: w.to(recipient), align: 'left', lang },
    plain('1.', w.reporter, lang),
    {
      type: 'keyValue',
      lang,
      rows: [
        { label: w.name, value: given(companyName(company, lang)) },
        { label: w.address, value: companyAddress(company, lang) },
        { label: w.representative, value: representative(company, lang) },
        { label: w.contact, value: contactPerson(company, lang) },
      ],
    },
    plain('2.', w.caseSection, lang),
    { type: 'keyValue', lang, rows: caseRows(record, stage, lang, options) },
    plain('3.', w.itemsSection, lang),
    { type: 'keyValue', lang, labelWidth: 0.34, rows: nine },
    plain('4.', w.basisSection, lang),
    ...basisBlocks(record, lang),
    { type: 'note', content: w.legalBasis[stage], lang },
    {
      type: 'signature',
      company: given(companyName(company, lang)),
      title: representativeTitle(company, lang),
      name: given(representativeName(company, lang)),
      lang,
    },
  ];
}

export function buildPpcReport(record: IncidentRecord, stage: PpcStage, options: BuildOptions): ExportDocument {
  return documentOf(options, (lang) => ({
    title: words(lang).ppcTitle[stage],
    blocks: ppcReportBlocks(record, stage, lang, options),
  }), {
    company: companyName(record.company, headerLang(options)),
    documentDate: options.today,
    reference: `INC-${record.incident.id}`,
    subject: record.incident.title,
  });
}
