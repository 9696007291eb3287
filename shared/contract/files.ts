import { z } from 'zod';
import { read } from './define';

/** The largest export the app will hand to the shell: 40 MB of file, as base64 (4/3 of it). */
export const maxSaveBytes = 40 * 1024 * 1024;
const maxSaveBase64 = Math.ceil(maxSaveBytes / 3) * 4;

const fileName = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(255, { error: 'tooLong' })
  // A bare name: the shell's save dialog chooses the folder.
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', { error: 'fileName' });

const base64 = z
  .string()
  .min(1, { error: 'required' })
  .refine((text) => text.length <= maxSaveBase64, { error: 'saveTooLarge', abort: true })
  .refine((text) => text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text), { error: 'base64' });

/**
 * Files: saving an export through the shell's native save dialog. Browser mode and the CLI have none; they answer
 * `supported: false` and the UI downloads the file instead. Reads for the audit trail: saving a file changes no
 * workspace record, so no audit row is written.
 */
export const filesContract = {
  /** Whether the shell can save files itself (Electron); the UI shows 「ファイルを開く」 only then. */
  'files.capabilities': read(z.object({}).strict(), z.object({ saveFile: z.boolean() }), {
    ja: 'ファイル保存の対応状況',
    en: 'File saving support',
  }),
  'files.saveExport': read(
    z.object({ fileName, base64, openAfter: z.boolean().default(false) }).strict(),
    z.object({ supported: z.boolean(), path: z.string().nullable() }),
    { ja: '書き出したファイルを保存', en: 'Save an exported file' },
  ),
};
