import type { ServerResponse } from 'node:http';
import { AppError, type AppErrorData, type Envelope, type ErrorCode, type LocalizedText } from '../../shared/errors';

/** HTTP status for each error code; the body is the envelope whatever the status. */
const statusByCode: Record<ErrorCode, number> = {
  validation: 400,
  workspace_invalid: 400,
  unsupported: 400,
  unauthorized: 401,
  forbidden_host: 403,
  not_found: 404,
  unknown_operation: 404,
  conflict: 409,
  workspace_too_new: 409,
  workspace_changed: 409,
  storage_readonly: 409,
  workspace_damaged: 409,
  // Retryable: the lock is held by another program for now.
  storage_busy: 503,
  storage_full: 507,
  storage_failed: 503,
  internal: 500,
};

export function statusOf(envelope: Envelope<unknown>): number {
  return envelope.ok ? 200 : statusByCode[envelope.error.code];
}

/** API answers are never cached and never sniffed as anything but JSON. */
export const apiHeaders = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export function sendEnvelope(
  res: ServerResponse,
  envelope: Envelope<unknown>,
  status = statusOf(envelope),
  extraHeaders: Record<string, string> = {},
): void {
  const body = JSON.stringify(envelope);
  // The length first: a field added after a spread makes V8 grow the copy, leaving old-space garbage per request.
  res.writeHead(status, { 'Content-Length': String(Buffer.byteLength(body)), ...apiHeaders, ...extraHeaders });
  res.end(body);
}

export function failure(code: ErrorCode, message: LocalizedText): { ok: false; error: AppErrorData } {
  return { ok: false, error: new AppError(code, message).toData() };
}

/** The transport's own refusals, before anything reaches the core. */
export const refusals = {
  unauthorized: failure('unauthorized', {
    ja: 'アクセス用のトークンがないか、正しくありません。起動時に表示されたURLから開き直してください。',
    en: 'The access token is missing or wrong. Open the app again from the URL printed at start-up.',
  }),
  forbiddenHost: failure('forbidden_host', {
    ja: 'このアドレスからのアクセスは受け付けません（Hostヘッダーが不正です）。',
    en: 'Requests to this address are refused (unexpected Host header).',
  }),
  methodNotAllowed: failure('unsupported', {
    ja: 'この方法でのリクエストは受け付けません。',
    en: 'This request method is not allowed here.',
  }),
  notUtf8: failure('validation', {
    ja: 'リクエストの内容が正しいUTF-8の文字ではありません。変更は保存されていません。',
    en: 'The request body is not valid UTF-8 text. Nothing was saved.',
  }),
  notJson: failure('validation', {
    ja: 'リクエストの内容をJSONとして読み取れませんでした。',
    en: 'The request body is not valid JSON.',
  }),
};
