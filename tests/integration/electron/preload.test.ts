import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../../main/electron/ipc';
import type { WorkbenchBridge } from '../../../main/electron/preload';
import { operationNames } from '../../../shared/contract';
import { appErrorSchema, type Envelope } from '../../../shared/errors';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

let exposed: unknown[][];
let bridge: WorkbenchBridge;

beforeAll(async () => {
  // The preload does its work on import, as it does in the page.
  await import('../../../main/electron/preload');
  exposed = fake.contextBridge.exposeInMainWorld.mock.calls.map((call) => [...call]);
  bridge = exposed[0]?.[1] as WorkbenchBridge;
});
beforeEach(() => fake.ipcRenderer.invoke.mockClear());

function refusedAsUnknown(envelope: Envelope<unknown>): void {
  expect(envelope.ok).toBe(false);
  if (envelope.ok) return;
  expect(appErrorSchema.parse(envelope.error).code).toBe('unknown_operation');
}

describe('the preload bridge', () => {
  it('exposes exactly one key, `workbench`, with exactly one method, `invoke`', () => {
    expect(exposed).toHaveLength(1);
    expect(exposed[0]![0]).toBe('workbench');
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(bridge.invoke).toBeTypeOf('function');
  });

  it("sends a contract operation on its own channel, with the input as given, and returns main's answer", async () => {
    const input = { query: '株式会社' };
    await expect(bridge.invoke('companies.list', input)).resolves.toEqual({ ok: true, value: 'sent' });
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([['workbench:companies.list', input, undefined]]);
  });

  it('carries the workspace id the page names, and nothing but a string', async () => {
    await bridge.invoke('desks.update', { id: 1 }, 'ws-x');
    await bridge.invoke('desks.update', { id: 1 }, { toString: () => 'ws-x' } as unknown as string);
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      ['workbench:desks.update', { id: 1 }, 'ws-x'],
      ['workbench:desks.update', { id: 1 }, undefined],
    ]);
  });

  it.each([
    'companies.drop',
    'workbench:companies.list',
    '',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'toString',
    'ELECTRON_BROWSER_REQUIRE',
  ])('answers unknown_operation to %j without sending anything', async (operation) => {
    refusedAsUnknown(await bridge.invoke(operation, {}));
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('answers unknown_operation to a name that is not a string, without sending anything', async () => {
    for (const operation of [42, null, undefined, {}, ['companies.list']]) {
      refusedAsUnknown(await bridge.invoke(operation as unknown as string, {}));
    }
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('can reach every operation the main process handles, and only those', async () => {
    registerIpc({ dispatch: async () => ({ ok: true, value: null }) });
    for (const operation of operationNames) await bridge.invoke(operation, {});
    const sent = fake.ipcRenderer.invoke.mock.calls.map(([channel]) => channel);
    expect(sent.sort()).toEqual([...fake.ipcMain.handlers.keys()].sort());
  });
});
