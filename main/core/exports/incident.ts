import { japanDateOf } from '../../../shared/appi/japan-time';
import type { ExportResult, IncidentDocument } from '../../../shared/contract/exports';
import type { ParsedInput } from '../../../shared/contract';
import { assessIncident } from '../../../shared/domain/incident-facts';
import type { DataScope } from '../context';
import type { ExportDocument } from '../export';
import { buildIncidentSummary, buildIndividualsNotice, buildPublicAnnouncement, type BuildOptions, type IncidentRecord } from '../export/builders';
import { invalidField } from '../incidents/errors';
import { detailOf, mustGetIncident } from '../incidents/service';
import { notificationView } from '../incidents/views';
import { notFound } from '../service-errors';
import { getCompany } from '../store/companies';
import type { ReadableDB } from '../store/connection';
import { listDesks } from '../store/desks';
import { listNotifications } from '../store/notifications';
import { listEvents } from '../store/timeline';
import { safeFileName } from './file-name';
import { documentWord } from './names';
import { renderExport } from './render';
import { reportExport } from './report';

/**
 * Incident documents: the record, its timeline and notifications, its company and the company's desks, read in
 * one go and handed to a pure builder; the due dates are rated against the current time, as the screens show them.
 */
const DESK_LIMIT = 500;

export function incidentRecord(db: ReadableDB, id: number, now: Date): IncidentRecord {
  const stored = mustGetIncident(db, id, ['incidentId']);
  const company = getCompany(db, stored.companyId);
  // The schema's foreign key keeps every incident's company; a missing one is a broken workspace.
  if (!company) throw notFound('company', stored.companyId);
  return {
    incident: detailOf(stored, assessIncident(stored), now),
    company,
    timeline: listEvents(db, id),
    notifications: listNotifications(db, id).map((n) => notificationView(n, now)),
    desks: listDesks(db, { companyId: company.id, query: '', limit: DESK_LIMIT, offset: 0 }).items,
  };
}

export function buildIncidentDocument(record: IncidentRecord, document: IncidentDocument, options: BuildOptions): ExportDocument {
  switch (document) {
    case 'ppc_preliminary':
      return reportExport(record, 'preliminary', options).doc;
    case 'ppc_final':
      return reportExport(record, 'final', options).doc;
    case 'individuals_notice':
      return buildIndividualsNotice(record, options);
    case 'public_announcement':
      return buildPublicAnnouncement(record, options);
    case 'summary':
      return buildIncidentSummary(record, options);
  }
}

export async function exportIncident(scope: DataScope, input: ParsedInput<'exports.incident'>): Promise<ExportResult> {
  const now = scope.now();
  const today = japanDateOf(now);
  const record = incidentRecord(scope.db(), input.incidentId, now);
  const options = { lang: input.lang, era: input.era, today };
  if (input.document === 'ppc_preliminary' || input.document === 'ppc_final') {
    const stage = input.document === 'ppc_preliminary' ? 'preliminary' : 'final';
    const report = reportExport(record, stage, options, input.notificationId);
    // A report as filed is named by the day it was sent, a draft by today.
    const date = report.filed?.documentDate ?? today;
    const fileName = safeFileName([date, documentWord(input.document, input.lang), record.incident.title], input.format);
    return renderExport(report.doc, input.format, fileName, report.warnings);
  }
  if (input.notificationId !== undefined) throw invalidField(['notificationId'], 'otherIncident');
  const doc = buildIncidentDocument(record, input.document, options);
  const fileName = safeFileName([today, documentWord(input.document, input.lang), record.incident.title], input.format);
  return renderExport(doc, input.format, fileName);
}
