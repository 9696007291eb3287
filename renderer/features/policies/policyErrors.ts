import { AppError, isAppError, type LocalizedText } from '../../../shared/errors';

export function asAppError(error: unknown): AppError {
  return isAppError(error)
    ? error
    : new AppError('internal', { ja: '予期しないエラーが発生しました。', en: 'An unexpected error occurred.' });
}

/** The core's message for one field (its first issue whose path starts with `field`), if any. */
export function issueAt(error: AppError | null, field: string): LocalizedText | undefined {
  if (!error) return undefined;
  const issues = error.issues ?? [{ path: error.path, message: error.text }];
  return issues.find((issue) => issue.path[0] === field)?.message;
}

/** A refusal no single field explains (shown above the form). */
export function isFieldless(error: AppError | null, fields: readonly string[]): boolean {
  if (!error) return false;
  return !fields.some((field) => issueAt(error, field) !== undefined);
}
