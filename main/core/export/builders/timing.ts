import { japanDateOf } from '../../../../shared/appi/japan-time';
import type { Verdict } from '../../../../shared/appi/reportability';
import type { Notification } from '../../../../shared/domain/incident-notification';
import { notificationKindLabels } from '../../../../shared/domain/incident-notification';
import type { Block, DocumentLang, ExportDocument, Inline, IsoDate, Lang } from '../model';
import { documentOf } from './documents';
import { dateText, eraOf } from './text';

/**
 * The notification timing report for audits: every incident the business came to know of in a period, each
 * report and notice with its due date, when it was sent and whether that was on time or late by N days (or is
 * still open), and the totals. Corrections re-sent later are left out: the first filing is what the deadline
 * is measured against.
 */
export interface TimingIncident {
  id: number;
  title: string;
  companyName: string;
  knownAt: string;
  reportable: Verdict;
  notifications: readonly Notification[];
}

export interface TimingInput {
  from: IsoDate;
  to: IsoDate;
  /** The company the report is limited to; null for every company of the workspace. */
  companyName: string | null;
  /** The header's company: the one company, or the workspace's name. */
  headerCompany: string;
  incidents: readonly TimingIncident[];
}

const text = {
  ja: {
    title: '報告・通知の期限遵守状況報告書',
    summary: '集計',
    detail: '事案別の状況',
    period: '対象期間（把握日）',
    company: '対象の事業者',
    allCompanies: 'すべての事業者',
    incidents: '事案数',
    withDue: '期限のある報告・通知',
    onTime: '期限内に送信',
    late: '期限後に送信',
    open: '未送信',
    overdue: (n: number) => `（うち期限超過 ${n}件）`,
    count: (n: number) => `${n}件`,
    no: 'No.',
    incident: '事案（把握日）',
    kind: '報告・通知',
    due: '期限',
    sent: '送信日',
    result: '結果',
    target: (date: string) => `（目安 ${date}）`,
    noDue: '期限なし',
    notReportable: '報告対象外',
    notSent: '未送信',
    none: '対象期間に把握した事案はありません。',
    note: '期限との関係は、送信済みのものは送信日で、未送信のものは作成日時点で判定しています。訂正のために再送したものは含みません。期限の計算は施行規則第8条及びガイドライン（通則編）3-5-3-3・3-5-3-4によります。',
  },
  en: {
    title: 'Notification Timing Report',
    summary: 'Totals',
    detail: 'By Incident',
    period: 'Period (date known)',
    company: 'Company',
    allCompanies: 'All companies',
    incidents: 'Incidents',
    withDue: 'Reports and notices with a deadline',
    onTime: 'Sent on time',
    late: 'Sent late',
    open: 'Not yet sent',
    overdue: (n: number) => ` (${n} overdue)`,
    count: (n: number) => String(n),
    no: 'No.',
    incident: 'Incident (date known)',
    kind: 'Report or notice',
    due: 'Due',
    sent: 'Sent',
    result: 'Result',
    target: (date: string) => ` (target ${date})`,
    noDue: 'no deadline',
    notReportable: 'not reportable',
    notSent: 'not sent',
    none: 'No incidents became known in this period.',
    note: 'Sent items are rated by the date sent; unsent ones as of the date of this report. Corrections re-sent later are not counted. Deadlines follow Enforcement Rules Art. 8 and the PPC Guidelines 3-5-3-3 and 3-5-3-4.',
  },
} as const;

export interface TimingTotals {
  incidents: number;
  withDue: number;
  onTime: number;
  late: number;
  open: number;
  overdue: number;
}

/** First filings only: a correction is measured by the notification it corrects. */
function counted(notifications: readonly Notification[]): Notification[] {
  return notifications.filter((n) => n.correctsNotificationId === null);
}

export function timingTotals(incidents: readonly TimingIncident[]): TimingTotals {
  const totals: TimingTotals = { incidents: incidents.length, withDue: 0, onTime: 0, late: 0, open: 0, overdue: 0 };
  for (const n of incidents.flatMap((incident) => counted(incident.notifications))) {
    // Only statutory deadlines are met or missed: a notice due "promptly" or a planned date has a target, no
    // deadline (its row still says how it stands against it).
    if (!n.status || n.status.kind === 'target' || n.status.kind === 'done') continue;
    totals.withDue++;
    if (n.status.kind === 'onTime') totals.onTime++;
    else if (n.status.kind === 'late') totals.late++;
    else {
      totals.open++;
      if (n.status.kind === 'overdue') totals.overdue++;
    }
  }
  return totals;
}

function rowsOf(incident: TimingIncident, lang: Lang, era: ReturnType<typeof eraOf>): Inline[][] {
  const t = text[lang];
  const first = `${incident.title}\n${dateText(japanDateOf(incident.knownAt), lang, era)}`;
  const notifications = counted(incident.notifications);
  if (notifications.length === 0) return [[String(incident.id), first, '—', incident.reportable === 'no' ? t.notReportable : t.noDue, '—', '—']];
  return notifications.map((n, i) => {
    const due = n.dueDate
      ? `${dateText(n.dueDate, lang, era)}${n.targetDate ? `\n${t.target(dateText(n.targetDate, lang, era))}` : ''}`
      : t.noDue;
    return [
      String(incident.id),
      i === 0 ? first : '',
      notificationKindLabels[n.notificationKind][lang],
      due,
      n.sentAt ? dateText(japanDateOf(n.sentAt), lang, era) : t.notSent,
      n.status ? [{ text: n.status.label[lang], bold: n.status.kind === 'late' || n.status.kind === 'overdue' }] : '—',
    ];
  });
}

function timingBlocks(input: TimingInput, lang: Lang, era: ReturnType<typeof eraOf>): Block[] {
  const t = text[lang];
  const totals = timingTotals(input.incidents);
  const heading = (n: number, title: string): Block => ({ type: 'heading', level: 1, label: `${n}.`, labelStyle: 'plain', text: title, lang });
  const range = `${dateText(input.from, lang, era)}${lang === 'ja' ? '〜' : ' – '}${dateText(input.to, lang, era)}`;
  const blocks: Block[] = [
    heading(1, t.summary),
    {
      type: 'keyValue',
      lang,
      labelWidth: 0.36,
      rows: [
        { label: t.period, value: range },
        { label: t.company, value: input.companyName ?? t.allCompanies },
        { label: t.incidents, value: t.count(totals.incidents) },
        { label: t.withDue, value: t.count(totals.withDue) },
        { label: t.onTime, value: t.count(totals.onTime) },
        { label: t.late, value: t.count(totals.late) },
        { label: t.open, value: `${t.count(totals.open)}${totals.overdue > 0 ? t.overdue(totals.overdue) : ''}` },
      ],
    },
    heading(2, t.detail),
  ];
  if (input.incidents.length === 0) return [...blocks, { type: 'paragraph', content: t.none, lang }];
  blocks.push({
    type: 'table',
    lang,
    columns: [
      { header: t.no, width: 0.05, align: 'right' },
      { header: t.incident, width: 0.26 },
      { header: t.kind, width: 0.13 },
      { header: t.due, width: 0.2 },
      { header: t.sent, width: 0.19 },
      { header: t.result, width: 0.17 },
    ],
    rows: input.incidents.flatMap((incident) => rowsOf(incident, lang, era)),
  });
  blocks.push({ type: 'note', content: t.note, lang });
  return blocks;
}

export function buildTimingReport(input: TimingInput, options: { lang: DocumentLang; era?: boolean; today: IsoDate }): ExportDocument {
  const era = eraOf(options.era);
  return documentOf(options, (lang) => ({ title: text[lang].title, blocks: timingBlocks(input, lang, era) }), {
    company: input.headerCompany,
    documentDate: options.today,
  });
}
