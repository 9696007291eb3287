import { inflateRawSync } from 'node:zlib';
import { entryData, ZIP64_MARKER, type ZipEntry } from './zip-entries';

/**
 * Limits on what a .docx may unpack to, over EVERY part of the zip (styles, numbering, custom XML, media —
 * anything mammoth's zip reader could inflate), not only word/document.xml:
 * - first on what the central directory declares (a 300 MB part is refused without inflating a byte),
 * - then while inflating each part, stopping at what it declared (and at the total left), since headers can lie.
 * Inflation is bounded by `maxOutputLength`, so a lying part costs at most the remaining budget in memory.
 * A Word file's parts compress about 3–20:1 (XML) or not at all (images); a bomb compresses about 1000:1.
 */
export const MAX_INFLATED_MB = 50;
export const MAX_INFLATED_BYTES = MAX_INFLATED_MB * 1024 * 1024;
/** Above this size a part must not compress better than MAX_RATIO: small parts may be all repetition. */
const RATIO_FLOOR = 1024 * 1024;
const MAX_RATIO = 100;
/** Word writes tens of parts, a few hundred with many images. */
export const MAX_PARTS = 2000;

export type ZipVerdict = 'ok' | 'expands' | 'notZip';

function ratioTooHigh(inflated: number, compressed: number): boolean {
  return inflated > RATIO_FLOOR && inflated > compressed * MAX_RATIO;
}

/** What the headers declare, checked before anything is inflated. */
function declaredVerdict(entries: readonly ZipEntry[]): ZipVerdict {
  if (entries.length > MAX_PARTS) return 'expands';
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === ZIP64_MARKER || entry.compressedSize === ZIP64_MARKER) return 'expands';
    if (entry.method !== 0 && entry.method !== 8) return 'notZip';
    total += entry.uncompressedSize;
    if (total > MAX_INFLATED_BYTES || ratioTooHigh(entry.uncompressedSize, entry.compressedSize)) return 'expands';
  }
  return 'ok';
}

/** Inflates one part, never producing more than `limit` bytes; the real size, or 'over' past the limit. */
function inflatedSize(data: Uint8Array, limit: number): number | 'over' | 'broken' {
  try {
    // One byte more than allowed tells "exactly the limit" from "more".
    return inflateRawSync(data, { maxOutputLength: limit + 1 }).length;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'over' : 'broken';
  }
}

export function checkZipLimits(bytes: Uint8Array, entries: readonly ZipEntry[]): ZipVerdict {
  const declared = declaredVerdict(entries);
  if (declared !== 'ok') return declared;
  let total = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (data === null) return 'notZip';
    // A part may not inflate to more than it declared: the declared sizes were what the checks above accepted.
    const size = entry.method === 0 ? data.length : inflatedSize(data, entry.uncompressedSize);
    if (size === 'broken') return 'notZip';
    if (size === 'over' || size > entry.uncompressedSize) return 'expands';
    total += size;
    if (total > MAX_INFLATED_BYTES || ratioTooHigh(size, data.length)) return 'expands';
  }
  return 'ok';
}
