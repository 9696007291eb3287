import { AppError } from '../../../shared/errors';
import type { ReadableDB } from '../store/connection';
import { LATEST_VERSION } from '../store/migrations';
import { rebuildKnownDays } from '../store/incident-known-days';
import { rebuildShortWords } from '../store/policies-short-words';
import { DATA_FORMAT, DATA_FORMAT_VERSION, type CellValue, type WorkspaceData } from './data-format';
import { META_TABLE, quoteIdentifier, tableShapes, type TableShape } from './data-tables';

/**
 * Reads the data format back into an EMPTY workspace, as it was: every row with its id, every audit row with its
 * hash, so `verify` on the new workspace reports the same chain head as the one exported. One transaction: a
 * refusal or a failing row leaves the workspace empty.
 *
 * The import is itself no audit entry: the trail it brings is the exported workspace's, byte for byte, and an entry
 * of its own would make the copy differ from its source. The protective triggers (a published version's sections,
 * the audit chain) would refuse rows that were legitimately written in another order, so they are dropped for the
 * transaction and recreated from their own SQL text, exactly as they were; foreign keys are checked at commit.
 */
function refusal(ja: string, en: string): AppError {
  return new AppError('validation', { ja: `読み込めません：${ja}ワークスペースは変更していません。`, en: `Cannot import: ${en} The workspace was left unchanged.` }, ['json']);
}

export function parseWorkspaceData(text: string): WorkspaceData {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refusal('JSONとして読めないファイルです。', 'the file is not valid JSON.');
  }
  const data = value as Partial<WorkspaceData> | null;
  if (typeof data !== 'object' || data === null || data.format !== DATA_FORMAT) {
    throw refusal(`APPI Workbench のデータ書き出し（format "${DATA_FORMAT}"）ではありません。`, `this is not an APPI Workbench data export (format "${DATA_FORMAT}").`);
  }
  if (typeof data.version !== 'number' || data.version > DATA_FORMAT_VERSION || data.version < 1) {
    throw refusal(
      `形式の版 ${String(data.version)} には対応していません（このアプリは ${DATA_FORMAT_VERSION} まで）。アプリを更新してください。`,
      `format version ${String(data.version)} is not supported (this app reads up to ${DATA_FORMAT_VERSION}). Update the app.`,
    );
  }
  const schemaVersion = data.workspace?.schemaVersion;
  if (typeof schemaVersion !== 'number' || schemaVersion > LATEST_VERSION) {
    throw refusal(
      `新しいバージョンのアプリで書き出されています（形式 ${String(schemaVersion)}、このアプリは ${LATEST_VERSION} まで）。`,
      `it was written by a newer version of the app (schema ${String(schemaVersion)}; this app knows up to ${LATEST_VERSION}).`,
    );
  }
  if (typeof data.tables !== 'object' || data.tables === null || Array.isArray(data.tables)) {
    throw refusal('tables がありません。', 'it has no "tables".');
  }
  return data as WorkspaceData;
}

function rowCount(db: ReadableDB, shape: TableShape): number {
  return Number(db.prepare(`SELECT count(*) FROM ${quoteIdentifier(shape.name)}`).pluck().get());
}

export function notEmpty(tables: string[]): AppError {
  return new AppError(
    'conflict',
    {
      ja: `このワークスペースには既に記録があるため読み込めません（${tables.join('、')}）。新しい空のワークスペースを作成してから読み込んでください。ワークスペースは変更していません。`,
      en: `This workspace already holds records (${tables.join(', ')}), so nothing was imported. Create a new, empty workspace and import into it. The workspace was left unchanged.`,
    },
    ['json'],
  );
}

function checkCell(table: string, index: number, column: string, value: unknown): CellValue {
  if (value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  throw refusal(`${table} の${index + 1}行目の ${column} の値が文字列・数値・null のいずれでもありません。`, `${table} row ${index + 1}: ${column} is not a string, number or null.`);
}

export function importWorkspaceData(db: ReadableDB, data: WorkspaceData): { tables: number; rows: number } {
  const shapes = new Map(tableShapes(db).map((shape) => [shape.name, shape]));
  for (const [table, rows] of Object.entries(data.tables)) {
    const shape = shapes.get(table);
    if (!shape) throw refusal(`このアプリにない表 ${table} が含まれています。`, `it holds a table this app does not know: ${table}.`);
    if (!Array.isArray(rows)) throw refusal(`${table} が行の配列ではありません。`, `${table} is not an array of rows.`);
  }
  const used = [...shapes.values()].filter((shape) => rowCount(db, shape) > 0).map((shape) => shape.name);
  if (used.length > 0) throw notEmpty(used);

  let total = 0;
  const run = db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    const triggers = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name`).all() as { name: string; sql: string }[];
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${quoteIdentifier(trigger.name)}`);
    for (const [table, rows] of Object.entries(data.tables)) {
      const shape = shapes.get(table)!;
      const statements = new Map<string, { run(...values: CellValue[]): unknown }>();
      rows.forEach((row, index) => {
        if (typeof row !== 'object' || row === null || Array.isArray(row)) throw refusal(`${table} の${index + 1}行目が行ではありません。`, `${table} row ${index + 1} is not a row.`);
        const columns = Object.keys(row);
        const unknown = columns.filter((column) => !shape.columns.includes(column));
        if (unknown.length > 0) throw refusal(`${table} にない列 ${unknown.join(', ')} が含まれています。`, `${table} has no column ${unknown.join(', ')}.`);
        const key = columns.join('\u0000');
        let statement = statements.get(key);
        if (!statement) {
          const names = columns.map((column) => (column === 'rowid' && shape.virtual ? 'rowid' : quoteIdentifier(column)));
          statement = db.prepare(`INSERT INTO ${quoteIdentifier(table)} (${names.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
          statements.set(key, statement);
        }
        const values = columns.map((column) => checkCell(table, index, column, (row as Record<string, unknown>)[column]));
        try {
          statement.run(...values);
        } catch (error) {
          throw refusal(`${table} の${index + 1}行目を書き込めません（${(error as Error).message}）。`, `${table} row ${index + 1} cannot be written (${(error as Error).message}).`);
        }
        total += 1;
      });
    }
    for (const trigger of triggers) db.exec(trigger.sql);
    rebuildShortWords(db);
    rebuildKnownDays(db);
    const meta = data.workspace.meta ?? {};
    for (const [key, value] of Object.entries(meta)) {
      if (key === 'workspace_id' || typeof value !== 'string') continue;
      db.prepare(`INSERT INTO ${META_TABLE} (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(key, value);
    }
    const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    if (broken.length > 0) {
      const first = broken[0]!;
      throw refusal(
        `${first.table} の行（rowid ${first.rowid}）が存在しない ${first.parent} を参照しています（ほか${broken.length - 1}件）。`,
        `a row of ${first.table} (rowid ${first.rowid}) refers to a missing ${first.parent} (${broken.length - 1} more).`,
      );
    }
  });
  run.immediate();
  return { tables: Object.keys(data.tables).length, rows: total };
}
