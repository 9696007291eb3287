import type { LocalizedText } from '../errors';
import { fieldLabels } from '../i18n/field-labels';

/**
 * What an audit row changed, for people: the top-level fields whose value differs between "before" and "after"
 * (both present: an update), compared as canonical JSON so key order never counts as a change. The screen highlights
 * them and the CSV lists them; both name them with the form's labels.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, canonical(record[key])]));
  }
  return value;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Bookkeeping every update changes; listing them would bury what the person changed. */
const bookkeeping = new Set(['revision', 'updatedAt', 'createdAt']);

export function changedFields(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !bookkeeping.has(key));
  return keys.filter((key) => JSON.stringify(canonical(before[key])) !== JSON.stringify(canonical(after[key])));
}

/** A field's label from the shared field labels ('legalNameJa' → 事業者名（日本語）), else the key itself. */
export function fieldLabel(key: string): LocalizedText {
  return (fieldLabels as Record<string, LocalizedText | undefined>)[key] ?? { ja: key, en: key };
}
