import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { saveExportedFile } from '../../../main/electron/dialogs';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

beforeEach(() => fake.reset());

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-save-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const bytes = new TextEncoder().encode('%PDF-1.7 test');
const aWindow = () => new fake.BrowserWindow({}) as unknown as BrowserWindow;

describe('saveExportedFile (HostCapabilities.saveFile)', () => {
  it('suggests the name, filters by extension, writes the file whole and opens it when asked', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const window = aWindow();
    const saved = await saveExportedFile(window, 'ja', '2026-12-29_速報.pdf', bytes, { openAfter: true });
    // Some Linux dialogs drop the extension; it is added back.
    expect(saved).toBe(`${target}.pdf`);
    expect(fs.readFileSync(`${target}.pdf`, 'utf8')).toBe('%PDF-1.7 test');
    expect(fs.readdirSync(dir)).toEqual(['report.pdf']);
    const call = fake.dialog.showSaveDialog.mock.calls[0]!;
    expect(call[0]).toBe(window);
    expect(call.at(-1)).toMatchObject({ defaultPath: '2026-12-29_速報.pdf', filters: [{ name: 'PDF文書 (*.pdf)', extensions: ['pdf'] }] });
    expect(fake.shell.openPath).toHaveBeenCalledWith(`${target}.pdf`);
  });

  it('does not open the file unless asked, and writes nothing when cancelled', async () => {
    const dir = tempDir();
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'a.docx') });
    await expect(saveExportedFile(null, 'en', 'a.docx', bytes, { openAfter: false })).resolves.toBe(path.join(dir, 'a.docx'));
    expect(fake.shell.openPath).not.toHaveBeenCalled();
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(saveExportedFile(null, 'en', 'b.docx', bytes, { openAfter: true })).resolves.toBeNull();
    expect(fs.readdirSync(dir)).toEqual(['a.docx']);
  });

  it('leaves no partial file when the folder cannot be written', async () => {
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/nonexistent-dir-appi/a.pdf' });
    await expect(saveExportedFile(null, 'en', 'a.pdf', bytes, { openAfter: false })).rejects.toThrow();
  });
});
