import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core/api';
import { refusals, sendEnvelope } from './http-envelope';
import { readBody } from './read-body';
import { tokenMatches } from './token';

export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-workbench-token';

export interface ApiContext {
  core: Pick<Core, 'dispatch'>;
  token: string;
  maxBodyBytes: number;
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
 * the call to the core's dispatcher, which validates it. The transport adds nothing but bytes and a status.
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
  const body = await readBody(req, ctx.maxBodyBytes);
  if (!body.ok) {
    if (body.reason === 'too_large') sendEnvelope(res, refusals.tooLarge(ctx.maxBodyBytes), 413);
    return; // aborted: nobody is listening any more
  }
  const input = parseJson(body.text);
  if (!input.ok) {
    sendEnvelope(res, refusals.notJson);
    return;
  }
  sendEnvelope(res, await ctx.core.dispatch(operationOf(pathname), input.value));
}
