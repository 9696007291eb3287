import type { FiledReport } from '../../../shared/domain/incident-filed';
import type { Notification } from '../../../shared/domain/incident-notification';
import type { LocalizedText } from '../../../shared/errors';
import { buildPpcForm } from '../../../shared/report/ppc-form';
import type { ExportDocument } from '../export';
import { buildPpcReport, type BuildOptions, type IncidentRecord, type PpcStage } from '../export/builders';
import { filedReportInput, liveReportInput, type PpcReportInput } from '../export/builders/report-input';
import { invalidField } from '../incidents/errors';

/**
 * Which report an export of a 速報 or 確報 is, and what the user must hear before saving it:
 * - a notification named (or, unnamed, the latest sent one of that kind) with its filed content → the document as
 *   filed, from the snapshot only (issue #10 item 4);
 * - otherwise a draft from today's record, marked 案 / DRAFT; a 確報 draft starts from the filed 速報.
 * Warnings (shown by the export dialog before saving and by the CLI on stderr): a draft for an incident judged not
 * reportable or undetermined, a 確報 draft with items still unknown, a sent report whose filed content was never
 * frozen (sent before this version) and is rebuilt from today's record.
 */
const kindOf: Record<PpcStage, 'ppc_preliminary' | 'ppc_final'> = { preliminary: 'ppc_preliminary', final: 'ppc_final' };

export interface ReportExport {
  doc: ExportDocument;
  warnings: LocalizedText[];
  /** The report as filed: its date names the file. */
  filed: FiledReport | null;
}

const latestSent = (notifications: readonly Notification[], kind: Notification['notificationKind']) =>
  notifications.filter((n) => n.notificationKind === kind && n.sentAt !== null && n.correctedBy === null).at(-1);

/** The 速報 as filed that a 確報 draft starts from: the latest sent, uncorrected 速報 with its content kept. */
function filedPreliminary(record: IncidentRecord): FiledReport | null {
  return record.notifications.filter((n) => n.notificationKind === 'ppc_preliminary' && n.sentAt !== null && n.correctedBy === null && n.filed).at(-1)?.filed ?? null;
}

function chosenNotification(record: IncidentRecord, stage: PpcStage, notificationId: number | undefined): Notification | undefined {
  if (notificationId === undefined) return latestSent(record.notifications, kindOf[stage]);
  const named = record.notifications.find((n) => n.id === notificationId);
  // A notification of another incident, or not this kind of report, cannot be exported as this document.
  if (!named || named.notificationKind !== kindOf[stage]) throw invalidField(['notificationId'], 'otherIncident');
  return named;
}

const unknownItemsWarning = (labels: string[], lang: 'ja' | 'en') =>
  lang === 'ja'
    ? `確報にまだ「調査中」「確認中」の事項があります：${labels.join('、')}。判明している内容を記録してから書き出すか、このまま報告する場合は追って報告してください。`
    : `The final report still has items under investigation or to be confirmed: ${labels.join('; ')}. Record what is known first, or report them later.`;

function warningsOf(input: PpcReportInput, sentWithoutContent: boolean): LocalizedText[] {
  const warnings: LocalizedText[] = [];
  if (sentWithoutContent) {
    warnings.push({
      ja: 'この報告は送信済みですが、提出時の内容が記録されていません（この機能より前に送信したもの）。現在の記録から作成しています。提出した文書と異なる場合があります。',
      en: 'This report was sent before filed contents were kept, so it is rebuilt from the current record and may differ from what was filed.',
    });
  }
  if (!input.draft) return warnings;
  if (input.reportable === 'no') {
    warnings.push({
      ja: 'この事案は、現在の記録では報告対象に当たらないと判定されています。文書の各ページに「案・報告対象外と判定」と表示します。任意に報告する場合は、内容を確認してください。',
      en: 'On the current record this incident is judged not reportable. Every page is marked "DRAFT — judged not reportable". Check the content if you report it voluntarily.',
    });
  } else if (input.reportable === 'undetermined') {
    warnings.push({
      ja: '報告要否がまだ確定していません（確認中の事実があります）。文書の各ページに「案・報告要否を確認中」と表示します。',
      en: 'Whether the incident is reportable is not settled yet (facts are still being confirmed). Every page is marked "DRAFT — reportability being confirmed".',
    });
  }
  if (input.stage === 'final') {
    const form = buildPpcForm({ stage: 'final', incident: input.incident, company: input.company, notifications: input.notifications, filed: input.preliminary });
    const unknown = form.sections.flatMap((section) => section.fields).filter((field) => field.status === 'unknown');
    if (unknown.length > 0) {
      const label = (lang: 'ja' | 'en') => unknown.map((field) => (field.item ? `${lang === 'ja' ? `（${field.item}）` : `(${field.item}) `}${field.label[lang]}` : field.label[lang]));
      warnings.push({ ja: unknownItemsWarning(label('ja'), 'ja'), en: unknownItemsWarning(label('en'), 'en') });
    }
  }
  return warnings;
}

export function reportExport(record: IncidentRecord, stage: PpcStage, options: BuildOptions, notificationId?: number): ReportExport {
  const chosen = chosenNotification(record, stage, notificationId);
  const filed = chosen?.sentAt ? (chosen.filed ?? null) : null;
  if (filed) {
    const input = filedReportInput(filed);
    return { doc: buildPpcReport(input, options), warnings: [], filed };
  }
  const sentWithoutContent = chosen?.sentAt !== null && chosen?.sentAt !== undefined;
  const live = liveReportInput(record, stage, options.today, filedPreliminary(record));
  const input = sentWithoutContent ? { ...live, draft: false } : live;
  return { doc: buildPpcReport(input, options), warnings: warningsOf(input, sentWithoutContent), filed: null };
}

