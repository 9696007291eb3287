import mammoth from 'mammoth';
import { numberedParagraphs, withNumberLabels } from './docx-numbering';
import type { Refusal } from './refusals';
import { zipEntries } from './zip-entries';
import { checkZipLimits } from './zip-limits';

/**
 * A .docx to plain text with mammoth (`extractRawText`): one line per paragraph — headings, list items and table
 * cells included — which is what the splitter reads headings from (第1条（…）, "Article 1", numbered titles).
 * Styles are not needed for that and would tie the import to how one author formats. Nothing is dropped; the
 * numbers Word draws itself (automatic article numbering), which mammoth leaves out, are put back (docx-numbering.ts).
 * Every part of the zip is checked against the unpacking limits (zip-limits.ts) before mammoth opens it.
 */

export type DocxText = { ok: true; text: string } | { ok: false; reason: Refusal };

export async function docxText(bytes: Uint8Array): Promise<DocxText> {
  const entries = zipEntries(bytes);
  const document = entries?.find((entry) => entry.name === 'word/document.xml');
  if (!document) return { ok: false, reason: 'notDocx' };
  const verdict = checkZipLimits(bytes, entries ?? []);
  if (verdict !== 'ok') return { ok: false, reason: verdict === 'expands' ? 'expands' : 'notDocx' };
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch {
    return { ok: false, reason: 'notDocx' };
  }
  // mammoth ends every paragraph with a blank line; one line break per paragraph reads like the original.
  const lines = withNumberLabels(text.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n'), numberedParagraphs(bytes, entries ?? []));
  if (lines.trim() === '') return { ok: false, reason: 'empty' };
  return { ok: true, text: lines };
}
