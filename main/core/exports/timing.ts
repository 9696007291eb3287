import { japanDateOf } from '../../../shared/appi/japan-time';
import type { ExportResult } from '../../../shared/contract/exports';
import type { ParsedInput } from '../../../shared/contract';
import type { DataScope } from '../context';
import { buildTimingReport, type TimingIncident } from '../export/builders';
import { dueRater, notificationView, summaryView } from '../incidents/views';
import { missingReference } from '../service-errors';
import { getCompany } from '../store/companies';
import type { ReadableDB } from '../store/connection';
import { listIncidents } from '../store/incidents-list';
import { listNotifications } from '../store/notifications';
import { safeFileName } from './file-name';
import { documentWord } from './names';
import { renderExport } from './render';

/**
 * The notification timing report of a period: the incidents known in it (Japan-time days, both ends included),
 * oldest first, each with its notifications rated against their due dates as of now.
 */
const PAGE = 500;

export function timingIncidents(db: ReadableDB, input: { from: string; to: string; companyId?: number | undefined }, now: Date): TimingIncident[] {
  const summaries = [];
  const rate = dueRater(now);
  for (let offset = 0; ; offset += PAGE) {
    const page = listIncidents(db, {
      query: '',
      status: [],
      companyId: input.companyId,
      knownFrom: input.from,
      knownTo: input.to,
      sort: 'knownAt',
      limit: PAGE,
      offset,
    });
    summaries.push(...page.items.map((row) => summaryView(row, rate)));
    if (summaries.length >= page.total || page.items.length === 0) break;
  }
  return summaries
    .sort((a, b) => a.knownAt.localeCompare(b.knownAt) || a.id - b.id)
    .map((summary) => ({
      id: summary.id,
      title: summary.title,
      companyName: summary.companyName,
      knownAt: summary.knownAt,
      reportable: summary.reportable,
      notifications: listNotifications(db, summary.id).map((n) => notificationView(n, now)),
    }));
}

export async function exportTiming(scope: DataScope, input: ParsedInput<'exports.timing'>): Promise<ExportResult> {
  const db = scope.db();
  const now = scope.now();
  const today = japanDateOf(now);
  const company = input.companyId === undefined ? null : getCompany(db, input.companyId);
  if (company === undefined) throw missingReference(['companyId'], 'company');
  const nameLang = input.lang === 'en' ? 'en' : 'ja';
  const companyName = company ? (nameLang === 'en' && company.legalNameEn) || company.legalNameJa : null;
  const doc = buildTimingReport(
    {
      from: input.from,
      to: input.to,
      companyName,
      headerCompany: companyName ?? (nameLang === 'ja' ? 'すべての事業者' : 'All companies'),
      incidents: timingIncidents(db, input, now),
    },
    { lang: input.lang, era: input.era, today },
  );
  const fileName = safeFileName([today, documentWord('timing', input.lang), `${input.from}_${input.to}`, companyName ?? ''], input.format);
  return renderExport(doc, input.format, fileName);
}
