import type { backupContract } from '../../../shared/contract/backup';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { backupNow, configureBackups, exportData, importData, listWorkspaceBackups, previewBackup, restoreBackup, saveCopy } from './service';

export const backupHandlers: Pick<Handlers<CoreContext>, keyof typeof backupContract> = {
  'backup.list': (_input, ctx) => listWorkspaceBackups(ctx),
  'backup.saveCopy': (_input, ctx) => saveCopy(ctx),
  'backup.now': (_input, ctx) => backupNow(ctx),
  'backup.preview': (input, ctx) => previewBackup(ctx, input.path),
  'backup.restore': (input, ctx) => restoreBackup(ctx, input.path),
  'backup.configure': (input, ctx) => configureBackups(ctx, input),
  'backup.exportData': (_input, ctx) => exportData(ctx),
  'backup.importData': (input, ctx) => importData(ctx, input.json),
};
