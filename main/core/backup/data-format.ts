/**
 * The whole-workspace data format (README › "The data format"): open, documented and versioned, so a workspace's
 * records can be read without this app and brought into a new workspace. Version 1:
 *
 * {
 *   "format": "appi-workbench-workspace",
 *   "version": 1,
 *   "exportedAt": "2026-12-29T01:00:00.000Z",
 *   "workspace": { "id": "…", "schemaVersion": 6, "meta": { "rules_fingerprint": "…" } },
 *   "tables": { "<table>": [ { "<column>": value, … }, … ], … }
 * }
 *
 * Every table of the workspace is there (by name, in name order), each row as an object of its stored columns in
 * schema order, rows in primary-key order; values are JSON strings, numbers or null exactly as SQLite stores them
 * (dates as the text the app writes, JSON columns — a notification's `filed` snapshot, an audit row's before/after —
 * as their text, byte for byte, so each audit row's `hash` still holds over it).
 */
export const DATA_FORMAT = 'appi-workbench-workspace';
export const DATA_FORMAT_VERSION = 1;

export type CellValue = string | number | null;
export type DataRow = Record<string, CellValue>;

export interface WorkspaceData {
  format: typeof DATA_FORMAT;
  version: number;
  exportedAt: string;
  workspace: { id: string; schemaVersion: number; meta: Record<string, string> };
  tables: Record<string, DataRow[]>;
}
