import { queryAll, type ReadableDB } from '../store/connection';
import { sql } from '../store/sql';
import { DATA_FORMAT, DATA_FORMAT_VERSION, type CellValue, type DataRow, type WorkspaceData } from './data-format';
import { META_TABLE, quoteIdentifier, tableShapes } from './data-tables';

/** Reads every table of the workspace into the data format (data-format.ts), in one read transaction. */
function cell(table: string, column: string, value: unknown): CellValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  // No column of the schema holds binary data; one that does is not this format's.
  throw new Error(`${table}.${column} holds a value the data format cannot carry (${typeof value})`);
}

export function exportWorkspaceData(db: ReadableDB, input: { id: string; schemaVersion: number; at: Date }): WorkspaceData {
  const read = db.transaction(() => {
    const tables: Record<string, DataRow[]> = {};
    for (const shape of tableShapes(db)) {
      const columns = shape.columns.map((column) => (column === 'rowid' ? 'rowid' : quoteIdentifier(column))).join(', ');
      const rows = db.prepare(`SELECT ${columns} FROM ${quoteIdentifier(shape.name)} ORDER BY ${shape.orderBy}`).raw().all() as unknown[][];
      tables[shape.name] = rows.map((values) => {
        const row: DataRow = {};
        shape.columns.forEach((column, index) => {
          row[column] = cell(shape.name, column, values[index]);
        });
        return row;
      });
    }
    const meta: Record<string, string> = {};
    for (const entry of queryAll<{ key: string; value: string }>(db, sql`SELECT key, value FROM workspace_meta ORDER BY key`)) {
      // The id names this file; an import into another file keeps that file's own.
      if (entry.key !== 'workspace_id') meta[entry.key] = entry.value;
    }
    return { tables, meta };
  });
  const { tables, meta } = read.deferred();
  return {
    format: DATA_FORMAT,
    version: DATA_FORMAT_VERSION,
    exportedAt: input.at.toISOString(),
    workspace: { id: input.id, schemaVersion: input.schemaVersion, meta },
    tables,
  };
}

export { META_TABLE };
