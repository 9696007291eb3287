import { useState } from 'react';
import { isAppError, AppError } from '../../shared/errors';
import type { RecordForm } from './useRecordForm';

function asAppError(error: unknown): AppError {
  return isAppError(error)
    ? error
    : new AppError('internal', { ja: '予期しないエラーが発生しました。', en: 'An unexpected error occurred.' });
}

/**
 * A form in a dialog (add a timeline event, mark a notification sent): the same checks as a record form —
 * the shared schema first, then the core's answer, its field issues under their fields and any other
 * refusal above the fields — and the dialog closes only once the core has stored it.
 */
export function useDialogForm<V>(form: RecordForm<V>, send: () => Promise<unknown>, onDone: () => void) {
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);

  const submit = async () => {
    if (saving) return;
    setFailure(null);
    if (!form.check()) return;
    setSaving(true);
    try {
      await send();
      onDone();
    } catch (error) {
      const appError = asAppError(error);
      const hasFieldIssues = appError.code === 'validation' && (appError.issues?.length ?? appError.path.length) > 0;
      if (hasFieldIssues) form.acceptServerError(appError);
      else setFailure(appError);
    } finally {
      setSaving(false);
    }
  };

  return { submit, saving, failure };
}
