import { createHash } from 'node:crypto';
import type { PolicySection } from '../../../shared/policy/model';

/**
 * Content hashes that make autosave cheap: the editor sends the whole draft within a second of every keystroke,
 * and a section (or a whole draft) whose hash equals the stored one is not written again — no row, no audit entry.
 * The JSON is canonical (keys sorted at every level), so the same content hashes the same however it was built.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, canonical(record[key])]));
  }
  return value;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function sectionHash(section: PolicySection): string {
  // Numbering 'auto' (the default of migration 0009) is left out, so sections stored before it hash as they did.
  const { numbering, ...rest } = section;
  return sha256(JSON.stringify(canonical(numbering === 'auto' || numbering === undefined ? rest : section)));
}

/** Over the section hashes in order: a move changes it, as it changes the article numbers. */
export function versionHash(sectionHashes: readonly string[]): string {
  return sha256(sectionHashes.join('\n'));
}
