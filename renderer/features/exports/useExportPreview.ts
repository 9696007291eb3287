import { useEffect, useRef, useState } from 'react';
import type { ExportResult } from '../../../shared/contract/exports';
import { AppError, isAppError } from '../../../shared/errors';
import { useClient } from '../../api/context';
import type { PreviewState } from '../preview/ExportPreview';
import type { ExportChoices } from './ExportDialog';
import { runExport, type ExportTarget } from './runExport';

/** Options that do not change the document: the format (the preview is always the PDF) and opening after saving. */
function previewKey(target: ExportTarget, choices: ExportChoices): string {
  const { format: _format, openAfter: _openAfter, ...rest } = choices;
  return JSON.stringify([target, rest]);
}

const unexpected = (error: unknown) =>
  isAppError(error) ? error : new AppError('internal', { ja: '予期しないエラーが発生しました。', en: 'An unexpected error occurred.' });

/**
 * The PDF of the dialog's current options, made by the same exports.* operation as the file (so the preview is the
 * document, not an imitation), a moment after the options settle. `reusable` hands it back for saving when the user
 * saves a PDF with exactly these options: what was seen is what is saved.
 */
export function useExportPreview(target: ExportTarget, choices: ExportChoices, enabled: boolean) {
  const client = useClient();
  // The last answer and the options it was made for; `loading` is derived: the options shown are not those.
  const [answer, setAnswer] = useState<{ result: ExportResult | null; error: AppError | null; key: string | null }>({
    result: null,
    error: null,
    key: null,
  });
  const latest = useRef<string | null>(null);
  const key = previewKey(target, choices);
  const periodInvalid = target.kind === 'timing' && (!choices.from || !choices.to || choices.to < choices.from);
  const loading = enabled && !periodInvalid && answer.key !== key;
  const state: PreviewState = { result: answer.result, loading, error: loading ? null : answer.error };

  useEffect(() => {
    if (!enabled || periodInvalid) return;
    latest.current = key;
    const timer = setTimeout(() => {
      runExport(client, target, { ...choices, format: 'pdf' }).then(
        (result) => {
          if (latest.current === key) setAnswer({ result, error: null, key });
        },
        (error: unknown) => {
          if (latest.current === key) setAnswer({ result: null, error: unexpected(error), key });
        },
      );
    }, 300);
    return () => clearTimeout(timer);
    // `key` stands for target and choices (their document-changing parts).
  }, [enabled, key, periodInvalid, client]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    state,
    reusable(now: ExportChoices): ExportResult | null {
      return now.format === 'pdf' && answer.key === previewKey(target, now) ? answer.result : null;
    },
  };
}
