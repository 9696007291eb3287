import { z } from 'zod';
import { verifyReport } from './audit';
import { read, write } from './define';
import { exportResult } from './exports';
import { workspaceInfo } from './workspace';

/**
 * Backups, restore and the whole-workspace data export (README › Backups and restore; docs in
 * main/core/backup/). A page may only preview and restore a backup the core itself listed (`backup.list`): it
 * never hands the core a path of its own choosing. The CLI restores any file (`appi-workbench restore`).
 */
/** The largest number of automatic backups kept per workspace (each is a full copy of the file). */
export const MAX_KEPT_BACKUPS = 100;

export const backupSettings = z.object({
  /** A copy on opening a workspace and once a day while it stays open. */
  automatic: z.boolean(),
  /** How many automatic backups to keep per workspace; older ones are deleted. */
  keep: z.number().int(),
  /** '' = the `<name>.backups` folder beside the workspace. */
  folder: z.string(),
});
export type BackupSettings = z.infer<typeof backupSettings>;

export const backupItem = z.object({
  path: z.string(),
  fileName: z.string(),
  /** 'automatic': a rolling backup; 'migration': written before a newer version changed the schema. */
  kind: z.enum(['automatic', 'migration']),
  /** ISO 8601 UTC, from the file name. */
  at: z.string(),
  sizeBytes: z.number().int(),
});
export type BackupItem = z.infer<typeof backupItem>;

export const backupList = z.object({
  settings: backupSettings,
  /** Where automatic backups of this workspace go now. */
  folder: z.string(),
  /** Newest first. */
  items: z.array(backupItem),
});
export type BackupList = z.infer<typeof backupList>;

export const backupCounts = z.object({
  companies: z.number().int(),
  desks: z.number().int(),
  policies: z.number().int(),
  policyVersions: z.number().int(),
  incidents: z.number().int(),
  notifications: z.number().int(),
  timelineEvents: z.number().int(),
  auditRows: z.number().int(),
});
export type BackupCounts = z.infer<typeof backupCounts>;

/** What a backup holds, read from a copy: nothing is written to it. */
export const backupPreview = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  /** The workspace id stored in the backup, or null for a file older than ids. */
  workspaceId: z.string().nullable(),
  /** Whether it is a backup of the workspace open now (the same id). */
  sameWorkspace: z.boolean(),
  counts: backupCounts,
  lastAudit: z
    .object({ id: z.number().int(), at: z.string(), actor: z.string(), operation: z.string(), summary: z.object({ ja: z.string(), en: z.string() }) })
    .nullable(),
  /** The same check as `appi-workbench verify`, run on the backup. */
  verify: verifyReport,
});
export type BackupPreview = z.infer<typeof backupPreview>;

export const restoreResult = z.object({
  workspace: workspaceInfo,
  /** Where the workspace as it was before the restore now sits: `<name>.before-restore-<time>.sqlite`. */
  keptAside: z.string(),
  restoredFrom: z.string(),
});
export type RestoreResult = z.infer<typeof restoreResult>;

export const importResult = z.object({ tables: z.number().int(), rows: z.number().int(), counts: backupCounts });
export type ImportResult = z.infer<typeof importResult>;

const listedPath = z.string().trim().min(1, { error: 'required' }).max(4000, { error: 'tooLong' });
/** A whole-workspace export read back; the core checks its format and version (backup/data-format.ts). */
export const MAX_IMPORT_CHARS = 200 * 1024 * 1024;

export const backupContract = {
  'backup.list': read(z.object({}).strict(), backupList, { ja: 'バックアップの一覧', en: 'List backups' }),
  /** The workspace as it is now, as one self-contained .sqlite file for the save dialog or a download. */
  'backup.saveCopy': read(z.object({}).strict(), exportResult, { ja: 'ワークスペースのコピーを保存', en: 'Save a copy of the workspace' }),
  /** An automatic-style backup now, into the backup folder (keeps the newest N). Writes no record. */
  'backup.now': read(z.object({}).strict(), backupList, { ja: '今すぐバックアップ', en: 'Back up now' }),
  'backup.preview': read(z.object({ path: listedPath }).strict(), backupPreview, { ja: 'バックアップの内容', en: 'What a backup holds' }),
  'backup.restore': write(z.object({ path: listedPath }).strict(), restoreResult, {
    ja: 'バックアップから復元',
    en: 'Restore from a backup',
  }),
  'backup.configure': write(
    z
      .object({
        automatic: z.boolean(),
        // 1 to MAX_KEPT_BACKUPS: checked by the service, whose message names the range.
        keep: z.number({ error: 'wholeNumber' }).int({ error: 'wholeNumber' }),
        folder: z.string().trim().max(1000, { error: 'tooLong' }),
      })
      .strict(),
    backupList,
    { ja: '自動バックアップの設定を変更', en: 'Change automatic backup settings' },
  ),
  /** The whole workspace as JSON (format `appi-workbench-workspace`, version 1). */
  'backup.exportData': read(z.object({}).strict(), exportResult, { ja: 'データをJSONで書き出す', en: 'Export the data as JSON' }),
  /** Into an empty workspace only: every record, version, event, snapshot and audit row as they were. */
  'backup.importData': write(z.object({ json: z.string().min(1, { error: 'required' }).max(MAX_IMPORT_CHARS, { error: 'tooLong' }) }).strict(), importResult, {
    ja: 'JSONからデータを読み込む',
    en: 'Import data from JSON',
  }),
};
