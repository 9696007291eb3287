import { contract, isOperationName, type ParsedInput } from '../../../shared/contract';
import type { AuditEntry, VerifyReport } from '../../../shared/contract/audit';
import type { ExportResult } from '../../../shared/contract/exports';
import type { LocalizedText } from '../../../shared/errors';
import type { DataScope } from '../context';
import { eachAudit, listAuditActors, listAudit as listAuditRows, type AuditFilter } from '../store/audit';
import { auditCsv } from './csv';
import { verifyWorkspace } from './verify';

/** Operations the core runs that no client can ask for by name (e.g. an import); they still need a title. */
const internalOperations: Record<string, LocalizedText> = {
  'desks.import': { ja: '窓口を一括追加', en: 'Import desks' },
  'workspace.rules': { ja: '判定規則・祝日データの更新に合わせてインシデントを再計算', en: 'Recompute incidents for updated rules or holiday data' },
};

/** The title shown for an operation: the contract's summary, so the trail and the UI name it alike. */
export function operationSummary(operation: string): LocalizedText {
  if (isOperationName(operation)) return contract[operation].summary;
  return internalOperations[operation] ?? { ja: operation, en: operation };
}

/** A Japan-time day 'YYYY-MM-DD' as the UTC instant it starts at, in the trail's format. */
function japanDayStart(day: string, plusDays = 0): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + plusDays) - 9 * 3600_000).toISOString();
}

type FilterInput = Pick<ParsedInput<'audit.list'>, 'query' | 'entity' | 'entityId' | 'actor' | 'from' | 'to'>;

function filterOf(input: FilterInput): AuditFilter {
  return {
    query: input.query,
    entity: input.entity,
    entityId: input.entityId,
    actor: input.actor,
    from: input.from === undefined ? undefined : japanDayStart(input.from),
    until: input.to === undefined ? undefined : japanDayStart(input.to, 1),
  };
}

export function listAudit(scope: DataScope, input: ParsedInput<'audit.list'>): { items: AuditEntry[]; total: number } {
  const page = listAuditRows(scope.db(), { ...filterOf(input), limit: input.limit, offset: input.offset });
  return { items: page.items.map((record) => ({ summary: operationSummary(record.operation), ...record })), total: page.total };
}

export function listActors(scope: DataScope): { items: string[] } {
  return { items: listAuditActors(scope.db()) };
}

/** The rows the list's filters select, oldest first, as CSV for Excel (csv.ts). */
export function exportAuditCsv(scope: DataScope, input: ParsedInput<'audit.exportCsv'>): ExportResult {
  const rows = (function* () {
    for (const record of eachAudit(scope.db(), filterOf(input))) yield { summary: operationSummary(record.operation), ...record };
  })();
  const text = auditCsv(rows, input.lang);
  const day = new Date(scope.now().getTime() + 9 * 3600_000).toISOString().slice(0, 10);
  return {
    fileName: `${day}_${input.lang === 'ja' ? '操作履歴' : 'audit-trail'}.csv`,
    mimeType: 'text/csv;charset=utf-8',
    base64: Buffer.from(text, 'utf8').toString('base64'),
    replacedCharacters: [],
  };
}

export function verifyAudit(scope: DataScope): VerifyReport {
  return verifyWorkspace(scope.db());
}
