import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../../main/electron/ipc';
import { contract, operationNames, type OperationName } from '../../../shared/contract';
import { appErrorSchema, type Envelope } from '../../../shared/errors';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<Envelope<unknown>>;

/** An invoke event as Electron builds it: the frame that sent it, and that frame's parent (null for a top frame). */
function eventFrom(url: string | null, options: { subframe?: boolean } = {}): IpcMainInvokeEvent {
  const senderFrame = url === null ? null : { url, parent: options.subframe ? { url: 'app://workbench/' } : null };
  return { senderFrame } as unknown as IpcMainInvokeEvent;
}

const trusted = () => eventFrom('app://workbench/#/companies');

function setUp() {
  const dispatch = vi.fn(async (operation: unknown, _input: unknown, _workspaceId?: string): Promise<Envelope<unknown>> => ({ ok: true, value: operation }));
  const afterWrite = vi.fn();
  registerIpc({ dispatch }, { afterWrite });
  const handler = (operation: string) => {
    const found = fake.ipcMain.handlers.get(`workbench:${operation}`) as Handler | undefined;
    expect(found, `no handler for ${operation}`).toBeTypeOf('function');
    return found!;
  };
  return { dispatch, afterWrite, handler };
}

const firstWhere = (writes: boolean): OperationName => {
  const found = operationNames.find((operation) => contract[operation].writes === writes);
  if (!found) throw new Error(`the contract has no operation with writes=${writes}`);
  return found;
};

beforeEach(() => fake.reset());

describe('IPC: one handler per contract operation', () => {
  it('registers exactly the contract operations, each once, and nothing else', () => {
    setUp();
    const channels = fake.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels).toHaveLength(operationNames.length);
    expect(new Set(channels).size).toBe(channels.length);
    expect([...channels].sort()).toEqual(operationNames.map((operation) => `workbench:${operation}`).sort());
  });

  it('passes a trusted request to dispatch and returns its envelope unchanged', async () => {
    const { dispatch, handler } = setUp();
    for (const operation of operationNames) {
      const input = { probe: operation };
      await expect(handler(operation)(trusted(), input)).resolves.toEqual({ ok: true, value: operation });
      // A request that names no workspace reaches the core as undefined; the core refuses it (not the shell's job).
      expect(dispatch).toHaveBeenLastCalledWith(operation, input, undefined);
    }
    expect(dispatch).toHaveBeenCalledTimes(operationNames.length);
  });

  it('hands the workspace id the page sent to dispatch, and only a string', async () => {
    const { dispatch, handler } = setUp();
    const send = handler('desks.update') as (event: IpcMainInvokeEvent, input: unknown, workspaceId?: unknown) => Promise<Envelope<unknown>>;
    await send(trusted(), { id: 1 }, 'ws-x');
    await send(trusted(), { id: 1 }, 42);
    expect(dispatch.mock.calls).toEqual([
      ['desks.update', { id: 1 }, 'ws-x'],
      ['desks.update', { id: 1 }, undefined],
    ]);
  });
});

describe('IPC: the sender is checked before anything runs', () => {
  const untrusted: [string, () => IpcMainInvokeEvent][] = [
    ['a foreign web page', () => eventFrom('https://evil.example/')],
    ['a local file', () => eventFrom('file:///tmp/evil.html')],
    ['another app:// host', () => eventFrom('app://evil/')],
    ['a look-alike host', () => eventFrom('app://workbench.evil/')],
    ['a data: URL', () => eventFrom('data:text/html,hi')],
    ['about:blank', () => eventFrom('about:blank')],
    ['a subframe of our own page', () => eventFrom('app://workbench/', { subframe: true })],
    ['a frame that is gone (senderFrame null)', () => eventFrom(null)],
  ];

  it.each(untrusted)('refuses %s on every operation, with an unauthorized envelope, without dispatching', async (_name, event) => {
    const { dispatch, afterWrite, handler } = setUp();
    for (const operation of operationNames) {
      const envelope = await handler(operation)(event(), {});
      expect(envelope.ok, operation).toBe(false);
      if (envelope.ok) continue;
      const error = appErrorSchema.parse(envelope.error);
      expect(error.code).toBe('unauthorized');
      expect(error.message.ja).not.toBe('');
      expect(error.message.en).not.toBe('');
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(afterWrite).not.toHaveBeenCalled();
  });
});

describe('IPC: afterWrite (menu refresh)', () => {
  it('runs after a successful write only', async () => {
    const { dispatch, afterWrite, handler } = setUp();
    const write = firstWhere(true);
    const read = firstWhere(false);
    await handler(read)(trusted(), {});
    expect(afterWrite).not.toHaveBeenCalled();
    dispatch.mockResolvedValueOnce({ ok: false, error: { code: 'validation', message: { ja: 'x', en: 'x' }, path: [] } });
    await handler(write)(trusted(), {});
    expect(afterWrite).not.toHaveBeenCalled();
    await handler(write)(trusted(), {});
    expect(afterWrite.mock.calls).toEqual([[write]]);
  });
});
