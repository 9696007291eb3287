import { AppError } from '../errors';
import { MAX_IMPORT_BYTES } from '../domain/policy-import';
import { MAX_IMPORT_CHARS } from './backup';
import { maxSaveBytes } from './files';
import type { OperationName } from './index';

/**
 * The largest request each operation takes, in bytes of UTF-8 JSON, checked by every transport before the input is
 * parsed or validated (browser mode while the body streams in, Electron on the structured-cloned input): a record
 * is a few KB, so 1 MB is plenty; the operations that carry a document or a file declare more here. Text counts
 * as UTF-8, so a Japanese character weighs 3 bytes in either transport.
 */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const MB = 1024 * 1024;
/** A policy of MAX_IMPORT_BYTES characters of Japanese is three times that in UTF-8, plus its JSON. */
const POLICY_TEXT_BODY = 3 * MAX_IMPORT_BYTES + MB;

export const bodyLimits: Partial<Record<OperationName, number>> = {
  'policies.importPreview': POLICY_TEXT_BODY,
  'policies.importSave': POLICY_TEXT_BODY,
  'policies.create': POLICY_TEXT_BODY,
  'policyDrafts.save': POLICY_TEXT_BODY,
  // Base64 is 4/3 of the file.
  'files.saveExport': Math.ceil((maxSaveBytes * 4) / 3) + MB,
  // A workspace export as a JSON string inside the request's JSON: its quotes and backslashes are escaped.
  'backup.importData': 2 * MAX_IMPORT_CHARS,
};

export function bodyLimitOf(operation: string): number {
  return (Object.hasOwn(bodyLimits, operation) ? bodyLimits[operation as OperationName] : undefined) ?? DEFAULT_MAX_BODY_BYTES;
}

export function requestTooLarge(maxBytes: number): AppError {
  const mb = Math.max(1, Math.floor(maxBytes / MB));
  return new AppError('validation', {
    ja: `リクエストが大きすぎます（この操作の上限は${mb}MBです）。変更は保存されていません。`,
    en: `The request is too large (the limit for this operation is ${mb} MB). Nothing was saved.`,
  });
}

/**
 * Whether a parsed input (a structured clone, as Electron delivers it) would be over `maxBytes` as UTF-8 JSON.
 * Walks it once and stops as soon as the total passes the limit, so a huge input costs no more than the limit.
 */
export function inputExceeds(value: unknown, maxBytes: number): boolean {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') total += utf8Length(item) + 2;
    else if (Array.isArray(item)) {
      // At least a comma per element: a long array is over before its elements are looked at.
      total += 1 + item.length;
      if (total > maxBytes) return true;
      for (const element of item) stack.push(element);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, element] of Object.entries(item)) {
        total += utf8Length(key) + 4;
        stack.push(element);
      }
    } else total += 8;
    if (total > maxBytes) return true;
  }
  return false;
}

function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Two bytes up to U+07FF, three above; a surrogate pair is four bytes, two for each of its code units.
    if (code < 0x80) continue;
    bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}
