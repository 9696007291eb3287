import { z } from 'zod';

/** A message the user reads, always in both languages (ja first). */
export const localizedText = z.object({ ja: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedText>;

export const errorCodes = [
  'validation',
  'not_found',
  'conflict',
  'unknown_operation',
  'unauthorized',
  'forbidden_host',
  'workspace_invalid',
  'workspace_too_new',
  /** The request was made against another workspace than the one now open (another tab or window switched). */
  'workspace_changed',
  /** Another program holds the workspace's lock; retrying shortly may succeed. */
  'storage_busy',
  'storage_full',
  'storage_readonly',
  /** SQLite found damaged pages (quick_check on open, or SQLITE_CORRUPT later). */
  'workspace_damaged',
  /** The disk reported a read or write error (a drive removed, a network share gone). */
  'storage_failed',
  'unsupported',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const fieldPath = z.array(z.union([z.string(), z.number()]));
export type FieldPath = z.infer<typeof fieldPath>;

export const fieldIssue = z.object({ path: fieldPath, message: localizedText });
export type FieldIssue = z.infer<typeof fieldIssue>;

/**
 * How every failure crosses a boundary (IPC, HTTP, CLI): as data, never as a thrown object.
 * `path` names the first offending field; `issues` lists every field so a form can mark them all.
 */
export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: localizedText,
  path: fieldPath,
  issues: z.array(fieldIssue).optional(),
});
export type AppErrorData = z.infer<typeof appErrorSchema>;

/** Thrown inside the core and the client; turned into data at every boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly text: LocalizedText;
  readonly path: FieldPath;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, text: LocalizedText, path: FieldPath = [], issues?: FieldIssue[]) {
    super(text.en);
    this.name = 'AppError';
    this.code = code;
    this.text = text;
    this.path = path;
    this.issues = issues;
  }

  toData(): AppErrorData {
    return {
      code: this.code,
      message: this.text,
      path: this.path,
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }

  static fromData(data: AppErrorData): AppError {
    return new AppError(data.code, data.message, data.path, data.issues);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** The one envelope every transport replies with (after Signal's sql_channel). */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: appErrorSchema }),
]);
