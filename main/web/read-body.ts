import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too_large' | 'not_utf8' | 'aborted' };

/** Strict: invalid UTF-8 is refused rather than patched with U+FFFD (which would store text nobody typed). */
function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Reads the whole request body, keeping at most `maxBytes`. Past the limit (declared in Content-Length or
 * reached while streaming) the rest is read and thrown away rather than kept, and the caller answers 413
 * once the client has finished sending, so the client reliably reads the refusal instead of a reset socket.
 * The limit is the operation's (shared/contract/body-limits.ts). Only requests that carried the right token get this far.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? 0);
  let tooLarge = Number.isFinite(declared) && declared > maxBytes;
  return new Promise((resolve) => {
    let chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) tooLarge = true;
      if (tooLarge) chunks = [];
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (tooLarge) return settle({ ok: false, reason: 'too_large' });
      const text = decodeUtf8(Buffer.concat(chunks));
      settle(text === null ? { ok: false, reason: 'not_utf8' } : { ok: true, text });
    });
    req.on('error', () => settle({ ok: false, reason: 'aborted' }));
    req.on('close', () => settle({ ok: false, reason: 'aborted' }));
  });
}
