import type { DataScope } from '../context';
import { writeWithAudit, type WriteTx } from '../store/write';

/** A write by a service: one transaction in the current workspace, named by operation and actor. */
export function audited<T>(scope: DataScope, operation: string, fn: (tx: WriteTx) => T): T {
  return writeWithAudit(scope.db(), { actor: scope.actor(), operation, at: scope.now().toISOString() }, fn);
}
