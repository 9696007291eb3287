import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core/api';
import { bodyLimitOf, requestTooLarge } from '../../shared/contract/body-limits';
import { refusals, sendEnvelope } from './http-envelope';
import { readBody } from './read-body';
import { tokenMatches } from './token';

export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-workbench-token';
/** The id of the workspace the page made the request against (it learned it from workspace.info). */
export const WORKSPACE_HEADER = 'x-workbench-workspace';

export interface ApiContext {
  core: Pick<Core, 'dispatch'>;
  token: string;
  /** A cap over every operation's own limit (tests); undefined: each operation's limit as declared. */
  maxBodyBytes: number | undefined;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  // An empty body is the empty input `{}`, which the dispatcher fills in.
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function operationOf(pathname: string): string {
  const raw = pathname.slice(API_PREFIX.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * `POST /api/<operation>` with the input as JSON: checks the method and the token, reads the body, and hands
 * the call with the workspace id of its header to the core's dispatcher, which checks and validates it. The
 * transport adds nothing but bytes and a status.
 */
export async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string, ctx: ApiContext): Promise<void> {
  if (req.method !== 'POST') {
    sendEnvelope(res, refusals.methodNotAllowed, 405, { Allow: 'POST' });
    return;
  }
  if (!tokenMatches(ctx.token, req.headers[TOKEN_HEADER])) {
    sendEnvelope(res, refusals.unauthorized);
    return;
  }
  const operation = operationOf(pathname);
  const limit = Math.min(bodyLimitOf(operation), ctx.maxBodyBytes ?? Infinity);
  const body = await readBody(req, limit);
  if (!body.ok) {
    if (body.reason === 'too_large') sendEnvelope(res, { ok: false, error: requestTooLarge(limit).toData() }, 413);
    if (body.reason === 'not_utf8') sendEnvelope(res, refusals.notUtf8);
    return; // aborted: nobody is listening any more
  }
  const input = parseJson(body.text);
  if (!input.ok) {
    sendEnvelope(res, refusals.notJson);
    return;
  }
  const workspace = req.headers[WORKSPACE_HEADER];
  // The core decides whether the request may run in the open workspace; the transport only carries the id.
  sendEnvelope(res, await ctx.core.dispatch(operation, input.value, typeof workspace === 'string' ? workspace : undefined));
}
