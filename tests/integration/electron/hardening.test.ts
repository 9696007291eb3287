import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../shared/errors';

/**
 * What the page may hand back to main (issue #12, item 6), through the real main.ts on the fake Electron: an export is
 * saved only as the bytes and name the core produced, to the path the user picked, and opened only there; a workspace
 * path is taken only from a native dialog or the recent list main keeps.
 */
const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

let dir: string;
const argv = process.argv;
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 10_000, interval: 20 });
const page = { senderFrame: { url: 'app://workbench/#/', parent: null } } as unknown as IpcMainInvokeEvent;

type Send = (event: IpcMainInvokeEvent, input: unknown, workspaceId?: string) => Promise<Envelope<unknown>>;
const send = (operation: string, input: unknown, workspaceId?: string) =>
  (fake.ipcMain.handlers.get(`workbench:${operation}`) as Send)(page, input, workspaceId);

async function started(): Promise<string> {
  vi.resetModules();
  await import('../../../main/electron/main');
  fake.becomeReady();
  await eventually(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
  const info = await send('workspace.info', {});
  if (!info.ok) throw new Error(JSON.stringify(info.error));
  return (info.value as { id: string }).id;
}

beforeEach(() => {
  fake.reset();
  dir = mkdtempSync(path.join(tmpdir(), 'appi-electron-hardening-'));
  fake.setUserDataDir(path.join(dir, 'user-data'));
  vi.stubEnv('APPI_WORKBENCH_WORKSPACE', path.join(dir, 'acme.sqlite'));
  process.argv = [process.execPath, '/app'];
});
afterEach(() => {
  fake.app.emit('will-quit');
  process.argv = argv;
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('files.saveExport', () => {
  it('saves only a file the core exported, to the picked path with its own extension, and opens only that file', async () => {
    const id = await started();
    const company = await send('companies.create', { legalNameJa: '株式会社テスト' }, id);
    expect(company.ok).toBe(true);
    const exported = await send('exports.timing', { from: '2026-01-01', to: '2026-12-31', format: 'pdf', lang: 'ja' }, id);
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    const { fileName, base64 } = exported.value as { fileName: string; base64: string };

    // The user types another extension in the dialog: the export's own is added.
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'report.exe') });
    const saved = await send('files.saveExport', { fileName, base64, openAfter: true }, id);
    expect(saved).toMatchObject({ ok: true, value: { supported: true, path: path.join(dir, 'report.exe.pdf') } });
    expect(readFileSync(path.join(dir, 'report.exe.pdf')).equals(Buffer.from(base64, 'base64'))).toBe(true);
    expect(fake.shell.openPath.mock.calls).toEqual([[path.join(dir, 'report.exe.pdf')]]);
  });

  it('saves the audit trail CSV the core produced (a file answer of an operation outside exports.*)', async () => {
    const id = await started();
    expect((await send('companies.create', { legalNameJa: '株式会社テスト' }, id)).ok).toBe(true);
    const exported = await send('audit.exportCsv', { query: '', lang: 'ja' }, id);
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    const { fileName, base64 } = exported.value as { fileName: string; base64: string };
    expect(fileName).toMatch(/\.csv$/);
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'trail') });
    const saved = await send('files.saveExport', { fileName, base64, openAfter: false }, id);
    expect(saved).toMatchObject({ ok: true, value: { supported: true, path: path.join(dir, 'trail.csv') } });
    expect(readFileSync(path.join(dir, 'trail.csv')).equals(Buffer.from(base64, 'base64'))).toBe(true);
  });

  it.each([
    ['bytes the page made up', (e: { fileName: string; base64: string }) => ({ ...e, base64: Buffer.from('#!/bin/sh\nrm -rf ~\n').toString('base64') })],
    ['another name for the export', (e: { fileName: string; base64: string }) => ({ ...e, fileName: 'run.sh' })],
    ['another extension', (e: { fileName: string; base64: string }) => ({ ...e, fileName: e.fileName.replace(/\.pdf$/, '.exe') })],
  ])('refuses %s without showing a dialog, writing or opening anything', async (_name, tamper) => {
    const id = await started();
    const exported = await send('exports.timing', { from: '2026-01-01', to: '2026-12-31', format: 'pdf', lang: 'en' }, id);
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    const before = readdirSync(dir);
    const { fileName, base64 } = exported.value as { fileName: string; base64: string };
    const answer = await send('files.saveExport', { ...tamper({ fileName, base64 }), openAfter: true }, id);
    expect(answer, JSON.stringify(answer)).toMatchObject({ ok: false, error: { code: 'validation', path: ['fileName'] } });
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(fake.shell.openPath).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual(before);
  });
});

describe('workspace.open and workspace.create from the page', () => {
  it('refuses a path the page names itself, and creates or opens nothing', async () => {
    const id = await started();
    const planted = path.join(dir, 'planted.sqlite');
    for (const operation of ['workspace.create', 'workspace.open'] as const) {
      const answer = await send(operation, { path: operation === 'workspace.open' ? path.join(dir, 'acme.sqlite.bak') : planted }, id);
      expect(answer, operation).toMatchObject({ ok: false, error: { code: 'validation', path: ['path'] } });
    }
    expect(existsSync(planted)).toBe(false);
    expect((await send('workspace.info', {})) as { value: { id: string } }).toMatchObject({ value: { id } });
  });

  it('refuses the browser-mode folder listing: here the native dialog chooses, and a page may not list the disk', async () => {
    const id = await started();
    for (const input of [{}, { dir }, { dir: '/' }]) {
      expect(await send('workspace.browse', input, id)).toMatchObject({ ok: false, error: { code: 'validation', path: ['path'] } });
    }
  });

  it('takes the path the native dialog returned, once, and a path on the recent list', async () => {
    const id = await started();
    const chosen = path.join(dir, 'client-b.sqlite');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    expect(await send('workspace.choosePath', { mode: 'create' }, id)).toMatchObject({ ok: true, value: { path: chosen } });
    const created = await send('workspace.create', { path: chosen }, id);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const other = (created.value as { id: string }).id;
    // The grant is used up: the same path cannot be created again on the page's word (it now exists anyway).
    expect(await send('workspace.create', { path: chosen }, other)).toMatchObject({ ok: false, error: { path: ['path'] } });
    // The first workspace is on main's recent list: the page may reopen it by path.
    const back = await send('workspace.open', { path: path.join(dir, 'acme.sqlite') }, other);
    expect(back).toMatchObject({ ok: true, value: { id } });
  });
});

describe('an export the core never produced is not in the outbox even with a valid-looking body', () => {
  it('a PDF written by the page is refused', async () => {
    const id = await started();
    writeFileSync(path.join(dir, 'x.pdf'), '%PDF-1.7');
    const answer = await send('files.saveExport', { fileName: 'x.pdf', base64: Buffer.from('%PDF-1.7').toString('base64') }, id);
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
