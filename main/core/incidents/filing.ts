import { japanDateOf } from '../../../shared/appi/japan-time';
import type { Company } from '../../../shared/domain/company';
import { assessIncident } from '../../../shared/domain/incident-facts';
import {
  FILED_REPORT_VERSION,
  filedReportSchema,
  type FiledIncident,
  type FiledNotification,
  type FiledReport,
  type FiledReporter,
} from '../../../shared/domain/incident-filed';
import { buildPpcForm, formAnswers } from '../../../shared/report/ppc-form';
import { filedAnswersOf } from '../../../shared/report/ppc-form-filed';
import type { PpcStage } from '../../../shared/report/ppc-form-source';
import { notFound } from '../service-errors';
import { getCompany } from '../store/companies';
import type { ReadableDB } from '../store/connection';
import type { StoredIncident } from '../store/incidents';
import type { StoredNotification } from '../store/notifications';

/**
 * The content of a 速報 or 確報 as filed (appi.md §3, issue #10 item 4), taken inside the mark-sent transaction from
 * the record as it stands: the reporter's fields, the incident's facts and item texts, the notifications the report
 * refers to, and the PPC form's answers. A 確報 also keeps the 速報's answers it starts from, so what changed since
 * the 速報 is reproduced exactly later. Exports of the notification read only this (main/core/exports/incident.ts).
 */
export function reporterOf(company: Company): FiledReporter {
  const { legalNameJa, legalNameEn, postalCode, addressJa, addressEn, phone, email } = company;
  return {
    legalNameJa,
    legalNameEn,
    postalCode,
    addressJa,
    addressEn,
    representativeTitleJa: company.representativeTitleJa,
    representativeTitleEn: company.representativeTitleEn,
    representativeNameJa: company.representativeNameJa,
    representativeNameEn: company.representativeNameEn,
    protectionManagerTitle: company.protectionManagerTitle,
    protectionManagerName: company.protectionManagerName,
    phone,
    email,
    authorizedOrgMember: company.authorizedOrgMember,
    authorizedOrgNameJa: company.authorizedOrgNameJa,
    authorizedOrgNameEn: company.authorizedOrgNameEn,
    corporateNumber: company.corporateNumber,
    industry: company.industry,
    contactDepartment: company.contactDepartment,
    contactTitle: company.contactTitle,
    contactName: company.contactName,
  };
}

function incidentOf(stored: StoredIncident): FiledIncident {
  const assessment = assessIncident(stored);
  const s = stored;
  return {
    id: s.id,
    title: s.title,
    breachKind: s.breachKind,
    certainty: s.certainty,
    triggers: [...assessment.triggers],
    reportable: assessment.reportable,
    occurredAt: s.occurredAt,
    discoveredAt: s.discoveredAt,
    knownAt: s.knownAt,
    discoveredBy: s.discoveredBy,
    howDiscovered: s.howDiscovered,
    medium: s.medium,
    weAreEntrustee: s.weAreEntrustee,
    entrustorName: s.entrustorName,
    weHaveEntrustee: s.weHaveEntrustee,
    entrusteeName: s.entrusteeName,
    delegatedMinistry: s.delegatedMinistry,
    dataItems: [...s.dataItems],
    otherDataItems: [...s.otherDataItems],
    sensitive: s.sensitive,
    individualsKind: s.individualsKind,
    individuals: s.individuals,
    individualsUpperBound: s.individualsUpperBound,
    secondaryDamage: s.secondaryDamage,
    individualsResponse: s.individualsResponse,
    publication: s.publication,
    reportOverview: s.reportOverview,
    reportItems: s.reportItems,
    reportIndividuals: s.reportIndividuals,
    reportCause: s.reportCause,
    reportSecondaryDamage: s.reportSecondaryDamage,
    reportResponse: s.reportResponse,
    reportPublication: s.reportPublication,
    reportPrevention: s.reportPrevention,
    reportOther: s.reportOther,
  };
}

/** Only what a report refers to: the 速報 and 確報 themselves and the other bodies informed (item 9). */
function notificationsOf(siblings: readonly StoredNotification[]): FiledNotification[] {
  return siblings
    .filter((n) => n.notificationKind === 'ppc_preliminary' || n.notificationKind === 'ppc_final' || n.notificationKind === 'other')
    .map((n) => ({
      id: n.id,
      notificationKind: n.notificationKind,
      sentAt: n.sentAt,
      referenceNumber: n.referenceNumber,
      recipient: n.recipient,
      correctedBy: n.correctedBy,
      combinedWithPreliminary: n.combinedWithPreliminary,
    }));
}

/** The 速報 a 確報 follows: the latest sent, uncorrected one that has its filed content. */
export function filedPreliminary(siblings: readonly StoredNotification[]): StoredNotification | undefined {
  return siblings.filter((n) => n.notificationKind === 'ppc_preliminary' && n.sentAt !== null && n.correctedBy === null && n.filed).at(-1);
}

export interface FilingMoment {
  notificationId: number;
  stage: PpcStage;
  sentAt: string;
  /** The transaction's time. */
  at: string;
}

export function filedReportOf(
  db: ReadableDB,
  incident: StoredIncident,
  siblings: readonly StoredNotification[],
  moment: FilingMoment,
): FiledReport {
  const company = getCompany(db, incident.companyId);
  if (!company) throw notFound('company', incident.companyId);
  const reporter = reporterOf(company);
  const filedIncident = incidentOf(incident);
  const notifications = notificationsOf(siblings);
  const preliminaryRow = moment.stage === 'final' ? filedPreliminary(siblings) : undefined;
  const preliminaryAnswers = preliminaryRow?.filed ? filedAnswersOf(preliminaryRow.filed) : null;
  const form = buildPpcForm({
    stage: moment.stage,
    incident: filedIncident,
    company: reporter,
    notifications,
    filed: preliminaryAnswers,
  });
  const report: FiledReport = {
    version: FILED_REPORT_VERSION,
    stage: moment.stage,
    notificationId: moment.notificationId,
    sentAt: moment.sentAt,
    documentDate: japanDateOf(moment.sentAt),
    frozenAt: moment.at,
    reporter,
    incident: filedIncident,
    notifications,
    answers: formAnswers(form),
    preliminary:
      preliminaryRow?.sentAt && preliminaryAnswers
        ? { notificationId: preliminaryRow.id, sentAt: preliminaryRow.sentAt, answers: preliminaryAnswers }
        : null,
  };
  // Parsed once more so nothing that does not fit the schema is ever stored as a filed record.
  return filedReportSchema.parse(report);
}
