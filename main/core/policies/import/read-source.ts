import { MAX_IMPORT_BYTES, type ImportPreview } from '../../../../shared/domain/policy-import';
import { decodeText } from './decode';
import { docxText } from './docx';
import type { Refusal } from './refusals';
import { unsafeCharacterIn } from '../../../../shared/validation/text-safety';

/**
 * What the user gave, as text: a file's bytes read by its type (.docx through mammoth; .txt, .md or no
 * extension decoded as text), or pasted text as it is. A refusal says why, and nothing is read further.
 */
export type Source = { kind: 'file'; fileName: string; bytes: Uint8Array } | { kind: 'text'; text: string };

export type SourceText =
  | { ok: true; text: string; format: ImportPreview['format']; encoding: ImportPreview['encoding'] }
  | { ok: false; reason: Refusal };

const textExtensions = new Set(['', 'txt', 'text', 'md', 'markdown']);

function extensionOf(fileName: string): string {
  const base = fileName.trim().split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/**
 * Text a policy section may hold: a form feed or vertical tab (page breaks of text copied from a PDF) becomes a
 * line break; any other character no field may store (shared/validation/text-safety.ts) refuses the whole text
 * here, at the preview, rather than at the save after the user has corrected every section.
 */
function storable(read: SourceText): SourceText {
  if (!read.ok) return read;
  const text = read.text.replace(/[\f\v]/g, '\n');
  return unsafeCharacterIn(text) === null ? { ...read, text } : { ok: false, reason: 'unsafeCharacter' };
}

export async function readSource(source: Source): Promise<SourceText> {
  return storable(await readUnchecked(source));
}

async function readUnchecked(source: Source): Promise<SourceText> {
  if (source.kind === 'text') {
    if (source.text.trim() === '') return { ok: false, reason: 'empty' };
    return { ok: true, text: source.text, format: 'text', encoding: null };
  }
  const { bytes } = source;
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'tooLarge' };
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  const extension = extensionOf(source.fileName);
  if (extension === 'docx') {
    const read = await docxText(bytes);
    return read.ok ? { ok: true, text: read.text, format: 'docx', encoding: null } : read;
  }
  if (extension === 'doc') return { ok: false, reason: 'legacyDoc' };
  if (!textExtensions.has(extension)) return { ok: false, reason: 'unsupported' };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, text: decoded.text, format: extension === 'md' || extension === 'markdown' ? 'md' : 'txt', encoding: decoded.encoding };
}
