import { z } from 'zod';
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
});
export type WorkspaceInfo = z.infer<typeof workspaceInfo>;

export const recentWorkspace = z.object({ path: z.string(), name: z.string(), openedAt: z.string(), exists: z.boolean() });
export type RecentWorkspace = z.infer<typeof recentWorkspace>;

const workspacePath = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(1000, { error: 'tooLong' });

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
    z.object({ path: workspacePath.refine((p) => p.toLowerCase().endsWith('.sqlite'), { error: 'workspacePath' }) }).strict(),
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
};
