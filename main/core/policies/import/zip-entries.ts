/**
 * The entries of a zip file as its central directory lists them (name and uncompressed size), read without
 * decompressing anything. A .docx is a zip holding word/document.xml; checking that first lets the importer
 * refuse a file that is not one, and a "zip bomb" whose document would inflate to gigabytes, before mammoth
 * unpacks it. Returns null when the bytes are not a readable zip.
 */
export interface ZipEntry {
  name: string;
  /** 0xFFFFFFFF for a ZIP64 entry: treated as too large to know. */
  uncompressedSize: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (bytes.length < EOCD_SIZE || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    entries.push({ name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
