import type { ReadableDB } from '../store/connection';
import { KNOWN_DAYS_TABLE } from '../store/incident-known-days';
import { SHORT_WORDS_TABLE } from '../store/policies-short-words';

/**
 * The tables of a workspace as the JSON data format sees them, read from the file's own schema so a later migration's
 * table or column is exported without touching this code. Left out: SQLite's own tables, the shadow tables of the
 * full-text index (the index itself is exported as its rows, so an import needs no re-folding), the short-word
 * index (contentless: it has no rows to export; the import builds it from the full-text index), the incidents known
 * per day (counts the import builds from the incidents) and workspace_meta
 * (the file's identity, written separately). Generated columns are left out: SQLite computes them.
 */
export interface TableShape {
  name: string;
  /** Stored columns, in schema order; for the FTS index: rowid and its columns. */
  columns: string[];
  /** ORDER BY for a stable export: the primary key (rowid for tables that have one). */
  orderBy: string;
  virtual: boolean;
}

export const META_TABLE = 'workspace_meta';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
export { quote as quoteIdentifier };

interface SchemaRow {
  name: string;
  type: string;
  sql: string | null;
}

export function tableShapes(db: ReadableDB): TableShape[] {
  const rows = db
    .prepare(`SELECT name, type, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .all() as SchemaRow[];
  const virtualNames = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql ?? '')).map((row) => row.name);
  const shapes: TableShape[] = [];
  for (const row of rows) {
    if (row.name === META_TABLE || row.name === SHORT_WORDS_TABLE || row.name === KNOWN_DAYS_TABLE) continue;
    if (virtualNames.some((name) => row.name !== name && row.name.startsWith(`${name}_`))) continue;
    const virtual = virtualNames.includes(row.name);
    const info = db.prepare(`SELECT name, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid`).all(row.name) as {
      name: string;
      pk: number;
      hidden: number;
    }[];
    // hidden: 0 = ordinary, 1 = a virtual table's hidden column, 2/3 = generated (virtual/stored).
    const stored = info.filter((column) => column.hidden === 0).map((column) => column.name);
    if (virtual) {
      shapes.push({ name: row.name, columns: ['rowid', ...stored], orderBy: 'rowid', virtual });
      continue;
    }
    const keys = info.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => quote(column.name));
    const withoutRowid = /WITHOUT\s+ROWID/i.test(row.sql ?? '');
    shapes.push({ name: row.name, columns: stored, orderBy: keys.length > 0 ? keys.join(', ') : withoutRowid ? stored.map(quote).join(', ') : 'rowid', virtual });
  }
  return shapes;
}
