import { useState } from 'react';
import i18next from 'i18next';
import { AppError, isAppError } from '../../../shared/errors';
import { useClient } from '../../api/context';
import { useWrite } from '../../api/hooks';
import { notifyDone } from '../../lib/dialogs';
import type { PickedWorkspace } from './WorkspacePickerModal';

export type WorkspaceMode = 'open' | 'create';

function asAppError(error: unknown): AppError {
  return isAppError(error)
    ? error
    : new AppError('internal', { ja: '予期しないエラーが発生しました。', en: 'An unexpected error occurred.' });
}

/**
 * Opening or creating a workspace: ask the shell for a native file dialog first; where there is none
 * (browser mode answers `supported: false`) show the picker that lists the workspace folder (WorkspacePickerModal). A successful switch drops every
 * cached answer (api/hooks.ts), since they described the other file.
 */
export function useWorkspaceSwitch() {
  const client = useClient();
  const open = useWrite('workspace.open');
  const create = useWrite('workspace.create');
  const [askingFor, setAskingFor] = useState<WorkspaceMode | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);

  /** Opens or creates `path` (a new one with its names); resolves with the refusal, if any, for whoever asked to show it. */
  const run = async (mode: WorkspaceMode, picked: PickedWorkspace): Promise<AppError | null> => {
    try {
      const info =
        mode === 'open'
          ? await open.mutateAsync({ path: picked.path })
          : await create.mutateAsync({
              path: picked.path,
              ...(picked.displayName ? { displayName: picked.displayName } : {}),
              ...(picked.clientLabel ? { clientLabel: picked.clientLabel } : {}),
            });
      notifyDone(i18next.t(mode === 'open' ? 'settings.opened' : 'settings.created', { name: info.displayName || info.name }));
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
      setFailure(await run(mode, { path: chosen.path }));
    } catch (error) {
      setFailure(asAppError(error));
    }
  };

  const openRecent = async (path: string) => {
    setFailure(null);
    setFailure(await run('open', { path }));
  };

  return {
    start,
    openRecent,
    /** For browser mode's picker: runs and, on success, closes it. */
    submitPath: async (picked: PickedWorkspace) => {
      if (!askingFor) return null;
      const refusal = await run(askingFor, picked);
      if (!refusal) setAskingFor(null);
      return refusal;
    },
    askingFor,
    closeDialog: () => setAskingFor(null),
    failure,
    busy: open.isPending || create.isPending,
  };
}
