import type { LocalizedText } from '../../../shared/errors';
import { changedFields, fieldLabel } from '../../../shared/audit/changes';
import type { AuditRecord } from '../store/audit';
import { entityNames } from './verify-messages';

/**
 * The audit trail as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Japanese as Shift_JIS
 * mojibake), CRLF line ends and RFC 4180 quoting. A cell that a spreadsheet would run as a formula (=, +, -, @)
 * starts with an apostrophe, since the records hold text people typed.
 */
const BOM = '\uFEFF';

const headers: Record<'ja' | 'en', string[]> = {
  ja: ['番号', '日時（日本時間）', '操作者', '操作', '操作ID', '対象', '対象ID', '変更された項目', '変更前', '変更後', 'ハッシュ'],
  en: ['No.', 'Time (JST)', 'Actor', 'Operation', 'Operation id', 'Record', 'Record id', 'Changed fields', 'Before', 'After', 'Hash'],
};

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** '2026-12-29T01:02:03.456Z' → '2026-12-29 10:02:03' in Japan time, whatever the machine's zone. */
export function japanTime(at: string): string {
  const shifted = new Date(Date.parse(at) + 9 * 3600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}`;
}

const entityLabel = (entity: string): LocalizedText =>
  entityNames[entity] ?? { ja: entity, en: entity };

export interface CsvRow extends AuditRecord {
  summary: LocalizedText;
}

export function auditCsv(rows: Iterable<CsvRow>, lang: 'ja' | 'en'): string {
  const lines = [headers[lang].map(cell).join(',')];
  for (const row of rows) {
    const changed = changedFields(row.before, row.after).map((key) => fieldLabel(key)[lang]);
    lines.push(
      [
        String(row.id),
        japanTime(row.at),
        row.actor,
        row.summary[lang],
        row.operation,
        entityLabel(row.entity)[lang],
        row.entityId === null ? '' : String(row.entityId),
        changed.join(lang === 'ja' ? '、' : ', '),
        row.before === null ? '' : JSON.stringify(row.before),
        row.after === null ? '' : JSON.stringify(row.after),
        row.hash,
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
