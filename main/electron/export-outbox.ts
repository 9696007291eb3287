import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { AppError } from '../../shared/errors';

/**
 * The export files the core handed to the page lately, by name and digest. `files.saveExport` carries a name and
 * bytes back from the page; the shell saves them only when they are exactly a file the core produced, so a page
 * (or a script injected into it) cannot make the app write arbitrary bytes or an executable through the native
 * save dialog, nor open one afterwards.
 */
export const SAVEABLE_EXTENSIONS: readonly string[] = ['pdf', 'docx', 'csv', 'sqlite', 'json'];
const KEEP = 16;
const KEEP_MS = 30 * 60 * 1000;

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function notAnExport(): AppError {
  return new AppError('validation', {
    ja: 'このファイルは、このアプリが書き出したものではないため保存しません。もう一度書き出してから保存してください。',
    en: 'This file was not exported by the app, so it will not be saved. Export it again, then save it.',
  }, ['fileName']);
}

export interface ExportOutbox {
  /** Called with each answer as it goes to the page; remembers those that carry a file ({ fileName, base64, … }). */
  remember(value: unknown): void;
  /** Throws unless (fileName, bytes) is an export the core produced lately, with a saveable extension. */
  check(fileName: string, bytes: Uint8Array): void;
}

export function createExportOutbox(now: () => number = Date.now): ExportOutbox {
  let entries: { fileName: string; digest: string; at: number }[] = [];
  return {
    remember(value) {
      if (typeof value !== 'object' || value === null) return;
      const { fileName, base64 } = value as { fileName?: unknown; base64?: unknown };
      if (typeof fileName !== 'string' || typeof base64 !== 'string') return;
      const at = now();
      entries = [{ fileName, digest: digest(Buffer.from(base64, 'base64')), at }, ...entries.filter((e) => at - e.at < KEEP_MS)].slice(0, KEEP);
    },
    check(fileName, bytes) {
      const extension = extname(fileName).slice(1).toLowerCase();
      const at = now();
      const sum = digest(bytes);
      const known = entries.some((e) => e.fileName === fileName && e.digest === sum && at - e.at < KEEP_MS);
      if (!known || !SAVEABLE_EXTENSIONS.includes(extension)) throw notAnExport();
    },
  };
}
