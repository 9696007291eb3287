import { useState } from 'react';
import { useLocation } from 'wouter';
import i18next from 'i18next';
import { isAppError, AppError } from '../../shared/errors';
import { confirmDiscard, notifyDone } from './dialogs';
import { useFormShortcuts } from './useFormShortcuts';
import type { RecordForm } from './useRecordForm';

interface EditorOptions<V> {
  form: RecordForm<V>;
  /** Where キャンセル and a delete go back to, e.g. /companies. */
  listPath: string;
  /** Sends the form (create or update); resolves with the saved record. */
  send: () => Promise<{ id: number }>;
  isNew: boolean;
}

export interface Failure {
  error: AppError;
  action: 'save' | 'delete';
}

/** After a failed check, put the cursor in the first field that says what is wrong. */
function focusFirstInvalid() {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus()),
  );
}

function asAppError(error: unknown): AppError {
  return isAppError(error)
    ? error
    : new AppError('internal', { ja: '予期しないエラーが発生しました。', en: 'An unexpected error occurred.' });
}

/**
 * The behaviour every record form shares: validate with the shared schema, send, show field issues
 * next to their fields and other refusals above the form, announce 「保存しました」, open the new
 * record after a create (so what was stored, normalised, is what is shown), and Ctrl+S / Esc.
 */
export function useEditor<V>({ form, listPath, send, isNew }: EditorOptions<V>) {
  const [, navigate] = useLocation();
  const [attempted, setAttempted] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (saving) return;
    setAttempted(true);
    setFailure(null);
    if (!form.check()) {
      focusFirstInvalid();
      return;
    }
    setSaving(true);
    try {
      const saved = await send();
      notifyDone(i18next.t('common.saved'));
      if (isNew) navigate(`${listPath}/${saved.id}`, { replace: true });
    } catch (error) {
      const appError = asAppError(error);
      if (appError.code === 'validation') {
        form.acceptServerError(appError);
        focusFirstInvalid();
      } else {
        setFailure({ error: appError, action: 'save' });
      }
    } finally {
      setSaving(false);
    }
  };

  const cancel = () => {
    if (form.dirty) confirmDiscard(() => navigate(listPath));
    else navigate(listPath);
  };

  useFormShortcuts({ onSave: () => void submit(), onCancel: cancel });

  return {
    submit,
    cancel,
    saving,
    failure,
    reportDeleteFailure: (error: unknown) => setFailure({ error: asAppError(error), action: 'delete' }),
    clearFailure: () => setFailure(null),
    showSummary: attempted && form.shownIssues.length > 0,
  };
}

export type Editor = ReturnType<typeof useEditor>;
