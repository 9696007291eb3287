import type { Verdict } from '../../../../shared/appi/reportability';
import type { FiledReport } from '../../../../shared/domain/incident-filed';
import type { PpcFiledAnswers } from '../../../../shared/report/ppc-form';
import { ppcFieldKeys } from '../../../../shared/report/ppc-form-fields';
import type { PpcFormCompany, PpcFormIncident, PpcFormNotification, PpcStage } from '../../../../shared/report/ppc-form-source';
import { filedAnswersOf } from '../../../../shared/report/ppc-form-filed';
import type { IsoDate } from '../model';
import type { IncidentRecord } from './record';

/**
 * What a report to the PPC is built from: the incident, the reporter and the notifications it refers to — either
 * today's record (a draft, or a report sent before snapshots existed) or a filed snapshot (shared/domain/
 * incident-filed.ts), which is the document as filed whatever was edited later. The builder reads nothing else.
 */
export interface PpcReportInput {
  stage: PpcStage;
  incident: PpcFormIncident & { id: number; title: string };
  company: PpcFormCompany;
  notifications: readonly PpcFormNotification[];
  /** For a 確報: the 速報's answers as filed — the 確報 starts from them and says what changed. */
  preliminary: PpcFiledAnswers | null;
  /** Not sent yet: every page carries 案 / DRAFT. */
  draft: boolean;
  /** The verdict the record had (a draft 速報 of an incident judged not reportable or undetermined is marked so). */
  reportable: Verdict;
  /** The document's date: today for a draft, the day it was sent for a filed report. */
  documentDate: IsoDate;
}

/** Stored answers read back: only the PPC form's own field keys (a later version may store more). */
export function answersOf(stored: FiledReport['answers']): PpcFiledAnswers {
  const answers: PpcFiledAnswers = {};
  for (const key of ppcFieldKeys) {
    const answer = stored[key];
    if (answer) answers[key] = answer;
  }
  return answers;
}

/** A draft (or unfrozen) report from today's record; a 確報 compares with the 速報's filed answers when there are any. */
export function liveReportInput(record: IncidentRecord, stage: PpcStage, today: IsoDate, preliminary: FiledReport | null): PpcReportInput {
  // The 速報's answers as filed: stored with it, or — for a snapshot without them — its form built again.
  return {
    stage,
    incident: record.incident,
    company: record.company,
    notifications: record.notifications,
    preliminary: stage === 'final' && preliminary ? filedAnswersOf(preliminary) : null,
    draft: true,
    reportable: record.incident.reportable,
    documentDate: today,
  };
}

/** The report as filed: only the snapshot (a 確報's holds the 速報's answers it was compared with). */
export function filedReportInput(filed: FiledReport): PpcReportInput {
  return {
    stage: filed.stage,
    incident: filed.incident,
    company: filed.reporter,
    notifications: filed.notifications,
    preliminary: filed.stage === 'final' && filed.preliminary ? answersOf(filed.preliminary.answers) : null,
    draft: false,
    reportable: filed.incident.reportable,
    documentDate: filed.documentDate,
  };
}
