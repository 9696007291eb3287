import { contract, isOperationName, type ParsedInput } from '../../../shared/contract';
import type { AuditEntry } from '../../../shared/contract/audit';
import type { LocalizedText } from '../../../shared/errors';
import type { DataScope } from '../context';
import { listAudit as listAuditRows } from '../store/audit';

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

export function listAudit(scope: DataScope, input: ParsedInput<'audit.list'>): { items: AuditEntry[]; total: number } {
  const page = listAuditRows(scope.db(), input);
  return { items: page.items.map((record) => ({ ...record, summary: operationSummary(record.operation) })), total: page.total };
}
