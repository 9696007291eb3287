import { z } from 'zod';
import { optionalText } from '../validation/fields';
import { read, write } from './define';

export const workspaceInfo = z.object({
  /**
   * The workspace's stable identity, kept in the file: every request names it, so a request made against one
   * workspace can never land in another after a switch (ids and revisions of two files both start at 1).
   */
  id: z.string(),
  path: z.string(),
  /** The file name without extension: what the window title and the header show. */
  name: z.string(),
  schemaVersion: z.number().int(),
  sizeBytes: z.number().int(),
  /** Backups written before migrations, newest first. */
  backups: z.array(z.string()),
  /** What the user calls this workspace (「株式会社アクメ 2026年度」), kept in the file; empty: the file name is shown. */
  displayName: z.string(),
  /** Whose it is, for a consultant with many clients (「アクメ社」); kept in the file, may be empty. */
  clientLabel: z.string(),
  /** The sample workspace the start page opens: fictitious records in a file of its own, marked on every screen. */
  sample: z.boolean(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfo>;

export const recentWorkspace = z.object({
  path: z.string(),
  name: z.string(),
  /** The workspace's display name and client label as they were when it was last open (read from its file then). */
  displayName: z.string(),
  clientLabel: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentWorkspace = z.infer<typeof recentWorkspace>;

const workspacePath = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(1000, { error: 'tooLong' });

const label = (max: number) => optionalText(max);

/** The names a workspace carries in its own file (workspace_meta). */
export const workspaceLabelsInput = z.object({ displayName: label(100), clientLabel: label(100) }).strict();

/** One entry of a folder as the browser-mode picker shows it: sub-folders and workspace files only. */
export const folderEntry = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['folder', 'workspace']),
  /** From the recent list, when this file was opened before. */
  displayName: z.string(),
  clientLabel: z.string(),
  sizeBytes: z.number().int(),
  modifiedAt: z.string(),
});
export type FolderEntry = z.infer<typeof folderEntry>;

export const folderListing = z.object({
  dir: z.string(),
  parent: z.string().nullable(),
  /** The platform's path separator, to join a new file's name to `dir`. */
  separator: z.string(),
  entries: z.array(folderEntry),
  /** Entries past the first 500 are not listed. */
  truncated: z.boolean(),
});
export type FolderListing = z.infer<typeof folderListing>;

/** What the start page shows as done: counts of the records each step makes. */
export const workspaceProgress = z.object({
  companies: z.number().int(),
  desks: z.number().int(),
  policies: z.number().int(),
  publishedPolicies: z.number().int(),
  incidents: z.number().int(),
});
export type WorkspaceProgress = z.infer<typeof workspaceProgress>;

export const workspaceContract = {
  'workspace.info': read(z.object({}).strict(), workspaceInfo, { ja: 'ワークスペースの情報', en: 'Workspace information' }),
  'workspace.recent': read(z.object({}).strict(), z.object({ items: z.array(recentWorkspace) }), {
    ja: '最近使ったワークスペース',
    en: 'Recent workspaces',
  }),
  /** Opens an existing workspace file; refuses one that is not a workspace or is from a newer version. */
  'workspace.open': write(z.object({ path: workspacePath }).strict(), workspaceInfo, {
    ja: 'ワークスペースを開く',
    en: 'Open a workspace',
  }),
  /** Creates a new, empty workspace file and switches to it; refuses to overwrite an existing file. */
  'workspace.create': write(
    z
      .object({
        path: workspacePath.refine((p) => p.toLowerCase().endsWith('.sqlite'), { error: 'workspacePath' }),
        displayName: label(100).optional(),
        clientLabel: label(100).optional(),
      })
      .strict(),
    workspaceInfo,
    { ja: 'ワークスペースを作成', en: 'Create a workspace' },
  ),
  /**
   * Asks the shell for a native file dialog. Browser mode has none and answers `supported: false`,
   * and the UI then asks for the path as text.
   */
  'workspace.choosePath': read(
    z.object({ mode: z.enum(['open', 'create']) }).strict(),
    z.object({ supported: z.boolean(), path: z.string().nullable() }),
    { ja: 'ファイルを選択', en: 'Choose a file' },
  ),
  /** Sets the open workspace's display name and client label (in its file, with an audit row). */
  'workspace.rename': write(workspaceLabelsInput, workspaceInfo, { ja: 'ワークスペースの名前を変更', en: 'Rename the workspace' }),
  /** The counts behind the start page's steps (事業者 → 窓口 → ポリシー → インシデント). */
  'workspace.progress': read(z.object({}).strict(), workspaceProgress, { ja: 'はじめにの進み具合', en: 'Getting-started progress' }),
  /**
   * Opens the sample workspace, creating it from the core's seed data on first use: a file of its own in the app's
   * user-data folder, never the user's workspace, never on the recent list.
   */
  'workspace.openSample': write(z.object({}).strict(), workspaceInfo, {
    ja: 'サンプルのワークスペースを開く',
    en: 'Open the sample workspace',
  }),
  /**
   * Browser mode's file picker: the folders and workspace files in `dir` (default: the open workspace's folder).
   * Electron uses its native dialog instead and refuses this.
   */
  'workspace.browse': read(z.object({ dir: z.string().trim().max(1000, { error: 'tooLong' }).optional() }).strict(), folderListing, {
    ja: 'フォルダの内容',
    en: 'Folder contents',
  }),
};
