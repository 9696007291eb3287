import type { VerifyReport } from '../../../shared/contract/audit';
import { withReadOnlyWorkspace } from '../store/read-only-file';
import { verifyWorkspace } from './verify';

/** `appi-workbench verify`: the same check as Settings › 操作履歴, on a file that is read and never changed. */
export function verifyWorkspaceFile(file: string): Promise<VerifyReport> {
  return withReadOnlyWorkspace(file, (db, version) => verifyWorkspace(db, version));
}
