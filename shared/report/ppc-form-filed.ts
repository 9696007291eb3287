import type { FiledReport } from '../domain/incident-filed';
import { buildPpcForm, formAnswers, type PpcAnswer, type PpcFiledAnswers, type PpcForm } from './ppc-form';
import { ppcFieldKeys, type PpcFieldKey } from './ppc-form-fields';

/**
 * The PPC form helper read from filed reports (shared/domain/incident-filed.ts, frozen when a 速報 or 確報 was
 * marked sent): a sent report is shown as filed, and a 確報 starts from the 速報's answers.
 */
const known: ReadonlySet<string> = new Set(ppcFieldKeys);

/**
 * The form as it was filed: built from the frozen reporter, incident and notifications, never today's record (for
 * a filed 確報, compared with the 速報 answers it was filed against).
 */
export function filedForm(report: FiledReport, preliminary: PpcFiledAnswers | null = null): PpcForm {
  return buildPpcForm({
    stage: report.stage,
    incident: report.incident,
    company: report.reporter,
    notifications: report.notifications,
    filed: preliminary,
  });
}

/** Stored answers keyed by field, keeping only the fields this version knows. */
function knownAnswers(stored: Record<string, PpcAnswer>): PpcFiledAnswers {
  const answers: PpcFiledAnswers = {};
  for (const [key, answer] of Object.entries(stored)) if (known.has(key)) answers[key as PpcFieldKey] = answer;
  return answers;
}

/**
 * A filed report's answers, field by field: the answers stored with it (what was filed, word for word), or — for a
 * snapshot without them — the answers of the form built from its frozen record.
 */
export function filedAnswersOf(report: FiledReport): PpcFiledAnswers {
  const stored = knownAnswers(report.answers);
  return Object.keys(stored).length > 0 ? stored : formAnswers(filedForm(report));
}

/** A notification as the helper reads it: its kind, whether it was sent, and its filed content. */
export interface FiledNotificationView {
  notificationKind: string;
  sentAt: string | null;
  correctedBy: number | null;
  filed?: FiledReport | null;
}

/**
 * What a 確報 is compared with: for a 確報 already filed, the 速報's answers frozen with it (so the comparison it was
 * filed with reproduces, even if the 速報 is corrected later); otherwise the last 速報 sent and not corrected, as
 * filed. Null for a 速報, or when there is no filed 速報 to start from.
 */
export function preliminaryAnswersFor(report: FiledNotificationView, notifications: readonly FiledNotificationView[]): PpcFiledAnswers | null {
  if (report.notificationKind !== 'ppc_final') return null;
  const frozen = report.filed?.preliminary;
  if (frozen) return knownAnswers(frozen.answers);
  const preliminary = notifications
    .filter((n) => n.notificationKind === 'ppc_preliminary' && n.sentAt !== null && n.correctedBy === null)
    .at(-1);
  return preliminary?.filed ? filedAnswersOf(preliminary.filed) : null;
}
