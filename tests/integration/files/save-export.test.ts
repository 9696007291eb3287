import { describe, expect, it, vi } from 'vitest';
import { maxSaveBytes } from '../../../shared/contract/files';
import { call, failure, makeCore } from '../core/helpers';

const pdfBase64 = Buffer.from('%PDF-1.7\n…').toString('base64');

describe('files.saveExport', () => {
  it('hands the bytes to the host save dialog and answers the saved path', async () => {
    const saveFile = vi.fn(async (_name: string, _bytes: Uint8Array, _options: { openAfter: boolean }) => '/out/速報.pdf');
    const { core } = await makeCore({ host: { saveFile } });
    await expect(call(core, 'files.capabilities', {})).resolves.toEqual({ saveFile: true });
    const saved = await call(core, 'files.saveExport', { fileName: '速報.pdf', base64: pdfBase64, openAfter: true });
    expect(saved).toEqual({ supported: true, path: '/out/速報.pdf' });
    expect(saveFile).toHaveBeenCalledTimes(1);
    const [name, bytes, options] = saveFile.mock.calls[0]!;
    expect(name).toBe('速報.pdf');
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7\n…');
    expect(options).toEqual({ openAfter: true });
  });

  it('passes openAfter false by default and answers null when the user cancels', async () => {
    const saveFile = vi.fn(async () => null);
    const { core } = await makeCore({ host: { saveFile } });
    await expect(call(core, 'files.saveExport', { fileName: 'a.docx', base64: pdfBase64 })).resolves.toEqual({ supported: true, path: null });
    expect(saveFile.mock.calls[0]).toEqual(['a.docx', expect.any(Uint8Array), { openAfter: false }]);
  });

  it('answers unsupported without a host save dialog (browser mode, CLI): the UI downloads instead', async () => {
    const { core } = await makeCore();
    await expect(call(core, 'files.capabilities', {})).resolves.toEqual({ saveFile: false });
    await expect(call(core, 'files.saveExport', { fileName: 'a.pdf', base64: pdfBase64, openAfter: true })).resolves.toEqual({
      supported: false,
      path: null,
    });
  });

  it('refuses bad base64, a file that is too large and a name with folders, naming the field', async () => {
    const saveFile = vi.fn(async () => '/never');
    const { core } = await makeCore({ host: { saveFile } });
    const bad = await failure(core, 'files.saveExport', { fileName: 'a.pdf', base64: 'not base64!', openAfter: false });
    expect(bad).toMatchObject({ code: 'validation', path: ['base64'] });
    expect(bad.message.en).toContain('Base64');

    const huge = 'A'.repeat((Math.ceil(maxSaveBytes / 3) + 1) * 4);
    const large = await failure(core, 'files.saveExport', { fileName: 'a.pdf', base64: huge, openAfter: false });
    expect(large).toMatchObject({ code: 'validation', path: ['base64'] });
    expect(large.message.ja).toContain('大きすぎます');

    const folder = await failure(core, 'files.saveExport', { fileName: '../etc/a.pdf', base64: pdfBase64, openAfter: false });
    expect(folder).toMatchObject({ code: 'validation', path: ['fileName'] });
    expect(saveFile).not.toHaveBeenCalled();
  });
});
