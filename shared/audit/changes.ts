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

/** Stored values no form edits (derived or bookkeeping), named for the trail only. */
const recordedOnly: Record<string, LocalizedText> = {
  targetDate: { ja: '目標日', en: 'target date' },
  dueBasis: { ja: '期限の根拠', en: 'basis of the due date' },
  createdAt: { ja: '登録日時', en: 'created at' },
  updatedAt: { ja: '更新日時', en: 'updated at' },
  reportable: { ja: '報告要否', en: 'reportable' },
  triggers: { ja: '報告対象となる事態', en: 'reporting triggers' },
  order: { ja: '条項の順序', en: 'order of sections' },
  sectionIds: { ja: '条項', en: 'sections' },
  draft: { ja: '下書き', en: 'draft' },
  publishedAt: { ja: '公表日時', en: 'published at' },
  added: { ja: '追加した条項', en: 'sections added' },
  changed: { ja: '変更した条項', en: 'sections changed' },
  removed: { ja: '削除した条項', en: 'sections removed' },
};

/** A field's label from the shared field labels ('legalNameJa' → 事業者名（日本語）), else the key itself. */
export function fieldLabel(key: string): LocalizedText {
  return (fieldLabels as Record<string, LocalizedText | undefined>)[key] ?? recordedOnly[key] ?? { ja: key, en: key };
}
