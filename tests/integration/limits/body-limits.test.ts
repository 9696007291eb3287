import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../../main/electron/ipc';
import { bodyLimitOf, DEFAULT_MAX_BODY_BYTES, inputExceeds } from '../../../shared/contract/body-limits';
import type { Envelope } from '../../../shared/errors';
import { counts, rawRequest, startHarness, type Harness } from '../web/harness';

const fake = await vi.hoisted(async () => (await import('../electron/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

/**
 * Issue 12 item 4: request bodies are limited per operation — 1 MB for a record, more for the operations declared
 * to carry a document or file — in browser mode while the body streams in and in Electron on the cloned input;
 * a body that is not UTF-8 is refused rather than patched with U+FFFD.
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.close());

function post(operation: string, body: string | Buffer) {
  return rawRequest({
    port: harness.server.port,
    path: `/api/${operation}`,
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Workbench-Token': harness.server.token,
      'X-Workbench-Workspace': harness.core.workspace().id,
    },
    body: body as string,
  });
}

describe('browser mode: body limits per operation', () => {
  it('refuses a record over 1 MB with 413 naming the limit, and writes nothing', async () => {
    const before = await counts(harness);
    const response = await post('companies.create', JSON.stringify({ legalNameJa: 'あ'.repeat(400_000) }));
    expect(response.status).toBe(413);
    const envelope = JSON.parse(response.text) as Envelope<unknown>;
    expect(envelope.ok ? null : envelope.error.message.ja).toContain('1MB');
    expect(await counts(harness)).toEqual(before);
  });

  it('takes a 4 MB pasted policy (over the default, under the import limit) and refuses one over the import limit', async () => {
    const text = `第1条（利用目的）\n${'当社は個人情報を適切に取り扱います。'.repeat(70_000)}`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(3 * DEFAULT_MAX_BODY_BYTES);
    const taken = await harness.api('policies.importPreview', { pastedText: text });
    expect(taken.status).toBe(200);
    const tooBig = await post('policies.importPreview', JSON.stringify({ pastedText: 'x'.repeat(bodyLimitOf('policies.importPreview') + 10) }));
    expect(tooBig.status).toBe(413);
  });

  it('answers 200,000 bad sections in a 9 MB body quickly, with a small reply', async () => {
    const body = JSON.stringify({ companyId: 1, titleJa: 'x', sections: Array.from({ length: 200_000 }, () => ({ id: 1, kind: 2, bodyJa: 3 })) });
    expect(body.length).toBeGreaterThan(5 * 1024 * 1024);
    const started = performance.now();
    const response = await post('policies.create', body);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(response.status).toBe(400);
    expect(response.text.length).toBeLessThan(20_000);
  });

  it('refuses invalid UTF-8 and a lone surrogate escape, naming the field for the latter', async () => {
    const before = await counts(harness);
    const invalid = Buffer.concat([Buffer.from('{"legalNameJa":"株式会社'), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from('"}')]);
    const bytes = await post('companies.create', invalid);
    expect(bytes.status).toBe(400);
    expect((JSON.parse(bytes.text) as Envelope<unknown>).ok).toBe(false);
    expect(bytes.text).toContain('UTF-8');
    const surrogate = await post('companies.create', '{"legalNameJa":"株式会社\\ud800サンプル"}');
    expect(surrogate.status).toBe(400);
    const envelope = JSON.parse(surrogate.text) as Envelope<unknown>;
    expect(envelope.ok ? null : envelope.error.path).toEqual(['legalNameJa']);
    expect(await counts(harness)).toEqual(before);
  });
});

describe('Electron: the same limits on the IPC input', () => {
  const trusted = { senderFrame: { url: 'app://workbench/', parent: null } } as unknown as IpcMainInvokeEvent;
  type Handler = (event: IpcMainInvokeEvent, input: unknown, workspaceId?: unknown) => Promise<Envelope<unknown>>;

  it('refuses an input over its operation limit before the core sees it, and passes one under it', async () => {
    fake.reset();
    const dispatch = vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, value: null }));
    registerIpc({ dispatch });
    const handler = (operation: string) => fake.ipcMain.handlers.get(`workbench:${operation}`) as Handler;
    const refused = await handler('companies.create')(trusted, { legalNameJa: 'あ'.repeat(400_000) }, 'id');
    expect(refused.ok ? null : refused.error.code).toBe('validation');
    expect(refused.ok ? '' : refused.error.message.en).toContain('1 MB');
    expect(dispatch).not.toHaveBeenCalled();
    const passed = await handler('policies.importPreview')(trusted, { pastedText: 'あ'.repeat(400_000) }, 'id');
    expect(passed.ok).toBe(true);
    expect(dispatch).toHaveBeenCalledTimes(1);
  });

  it('measures UTF-8 like the wire and stops early on a huge or cyclic input', () => {
    expect(inputExceeds({ a: 'あ'.repeat(100) }, 300)).toBe(true);
    expect(inputExceeds({ a: 'a'.repeat(100) }, 300)).toBe(false);
    expect(inputExceeds({ a: '🔒'.repeat(50) }, 220)).toBe(false); // 4 bytes each: 200 + the key and quotes
    expect(inputExceeds({ a: '🔒'.repeat(60) }, 220)).toBe(true);
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    expect(inputExceeds(cyclic, 10_000)).toBe(true);
    const huge = { items: Array(5_000_000).fill('abc') };
    const started = performance.now();
    expect(inputExceeds(huge, DEFAULT_MAX_BODY_BYTES)).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
