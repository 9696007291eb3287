import { useState } from 'react';
import i18next from 'i18next';
import { AppError, isAppError } from '../../../shared/errors';
import { useClient } from '../../api/context';
import { useWrite } from '../../api/hooks';
import { notifyDone } from '../../lib/dialogs';

export type WorkspaceMode = 'open' | 'create';

function asAppError(error: unknown): AppError {
  return isAppError(error)
    ? error
    : new AppError('internal', { ja: '予期しないエラーが発生しました。', en: 'An unexpected error occurred.' });
}

/**
 * Opening or creating a workspace: ask the shell for a native file dialog first; where there is none
 * (browser mode answers `supported: false`) ask for the path as text. A successful switch drops every
 * cached answer (api/hooks.ts), since they described the other file.
 */
export function useWorkspaceSwitch() {
  const client = useClient();
  const open = useWrite('workspace.open');
  const create = useWrite('workspace.create');
  const [askingFor, setAskingFor] = useState<WorkspaceMode | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);

  /** Opens or creates `path`; resolves with the refusal, if any, for whoever asked to show it. */
  const run = async (mode: WorkspaceMode, path: string): Promise<AppError | null> => {
    try {
      const info = await (mode === 'open' ? open : create).mutateAsync({ path });
      notifyDone(i18next.t(mode === 'open' ? 'settings.opened' : 'settings.created', { name: info.name }));
      return null;
    } catch (error) {
      return asAppError(error);
    }
  };

  const start = async (mode: WorkspaceMode) => {
    setFailure(null);
    try {
      const chosen = await client.invoke('workspace.choosePath', { mode });
      if (!chosen.supported) {
        setAskingFor(mode);
        return;
      }
      if (chosen.path === null) return; // the dialog was cancelled
      setFailure(await run(mode, chosen.path));
    } catch (error) {
      setFailure(asAppError(error));
    }
  };

  const openRecent = async (path: string) => {
    setFailure(null);
    setFailure(await run('open', path));
  };

  return {
    start,
    openRecent,
    /** For the path dialog: runs and, on success, closes it. */
    submitPath: async (path: string) => {
      if (!askingFor) return null;
      const refusal = await run(askingFor, path);
      if (!refusal) setAskingFor(null);
      return refusal;
    },
    askingFor,
    closeDialog: () => setAskingFor(null),
    failure,
    busy: open.isPending || create.isPending,
  };
}
