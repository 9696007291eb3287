import path from 'node:path';
import { AppError } from '../../shared/errors';

/**
 * Which workspace paths the page may open or create: only one the user just picked in a native dialog (for that
 * mode, once) or, to open, one on the recent list main keeps. A page cannot name any other file for the app to
 * open, create, migrate or back up.
 */
export function pathNotChosen(): AppError {
  return new AppError(
    'validation',
    {
      ja: 'ワークスペースは「開く」「新規作成」のダイアログか、最近使ったワークスペースの一覧から選んでください。',
      en: 'Choose the workspace in the Open or New dialog, or from the recent workspaces.',
    },
    ['path'],
  );
}

export interface WorkspacePathGrants {
  /** Records a path the native dialog returned for `mode`. */
  grant(file: string, mode: 'open' | 'create'): void;
  /** Throws unless the page may use `file` for `mode`; a dialog's grant is used up. */
  check(file: string, mode: 'open' | 'create', recent: readonly string[]): void;
}

function same(a: string, b: string): boolean {
  const [x, y] = [path.resolve(a), path.resolve(b)];
  // Windows and macOS file systems are case-insensitive by default (as the recent list compares them).
  return process.platform === 'linux' ? x === y : x.toLowerCase() === y.toLowerCase();
}

export function workspacePathGrants(): WorkspacePathGrants {
  let granted: { file: string; mode: 'open' | 'create' }[] = [];
  return {
    grant(file, mode) {
      granted = [{ file, mode }, ...granted].slice(0, 4);
    },
    check(file, mode, recent) {
      const index = granted.findIndex((g) => g.mode === mode && same(g.file, file));
      if (index >= 0) {
        granted.splice(index, 1);
        return;
      }
      if (mode === 'open' && recent.some((known) => same(known, file))) return;
      throw pathNotChosen();
    },
  };
}
