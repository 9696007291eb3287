import i18next from 'i18next';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { AppError, isAppError } from '../../../shared/errors';
import { useRead, useWrite } from '../../api/hooks';
import { notifyDone, notifyFailure } from '../../lib/dialogs';
import { useLanguage } from '../../lib/useLanguage';

const unexpected = () => new AppError('internal', { ja: '予期しないエラーが発生しました。', en: 'An unexpected error occurred.' });

/**
 * Into the sample workspace and back out. The way back is the newest workspace on the recent list that still exists:
 * the sample is never on it, so that is the user's own one they came from.
 */
export function useSampleSwitch() {
  const language = useLanguage();
  const [, navigate] = useLocation();
  const openSample = useWrite('workspace.openSample');
  const open = useWrite('workspace.open');
  const recent = useRead('workspace.recent', {});
  const own = recent.data?.items.find((item) => item.exists) ?? null;
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      notifyDone(done);
      navigate('/start');
    } catch (error) {
      notifyFailure(i18next.t('settings.switchFailed'), (isAppError(error) ? error : unexpected()).text[language]);
    } finally {
      setBusy(false);
    }
  };

  return {
    busy: busy || openSample.isPending || open.isPending,
    own,
    enter: () => run(() => openSample.mutateAsync({}), i18next.t('start.sample.opened')),
    leave: () =>
      own
        ? run(() => open.mutateAsync({ path: own.path }), i18next.t('settings.opened', { name: own.displayName || own.name }))
        : Promise.resolve(navigate('/settings/workspace')),
  };
}
