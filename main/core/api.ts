import type { Envelope } from '../../shared/errors';
import type { WorkspaceInfo } from '../../shared/contract/workspace';

/**
 * What a shell lends the core: native dialogs and window titles exist only in Electron,
 * so the core asks through this interface and works without it (browser mode, CLI, tests).
 */
export interface HostCapabilities {
  /** A native file dialog; resolves null when the user cancels. Absent in browser mode. */
  chooseWorkspacePath?(mode: 'open' | 'create'): Promise<string | null>;
  /**
   * A native save dialog for an exported file, suggesting `fileName`; writes `bytes` there (never a partial file)
   * and opens it when asked. Resolves the saved path, or null when the user cancels. Absent in browser mode.
   */
  saveFile?(fileName: string, bytes: Uint8Array, options: { openAfter: boolean }): Promise<string | null>;
  /** Told after a workspace is opened or created, e.g. to retitle the window. */
  onWorkspaceChanged?(info: WorkspaceInfo): void;
}

export interface CoreOptions {
  /** The SQLite file to open (created with the current schema if missing). */
  workspacePath: string;
  /** Folder for app preferences and the recent-workspaces list (not workspace data). */
  userDataDir: string;
  host?: HostCapabilities;
  /** Who the audit trail names when Settings has no name; defaults to the OS user. */
  osUser?: string;
  /** Record the workspace in the recent list (default true); the CLI passes false, since scripts run over many files. */
  rememberWorkspace?: boolean;
  /** The app's clock (APPI_WORKBENCH_CLOCK, or a test's); defaults to the real time. */
  now?: () => Date;
  /** Whether `now` is moved away from the real time (the UI then shows a badge); defaults to whether `now` is given. */
  clockMoved?: boolean;
  /**
   * For commands that only read (info, check-policy, exports): the workspace is copied into memory, never created,
   * migrated or changed on disk, and every write operation is refused.
   */
  readOnly?: boolean;
  /**
   * Automatic rolling backups (main/core/backup/automatic.ts): daily, a while after open (never before the first
   * screen), while open and at close if the delayed check had not run, as Settings says. The app's shells turn them
   * on; the CLI and tests leave them off (default).
   */
  automaticBackups?: boolean;
  /** How long after an open the day's backup check waits (tests shorten it); automatic.ts AFTER_OPEN_DELAY_MS by default. */
  automaticBackupDelayMs?: number;
}

/** The one object every shell holds: dispatch by operation name, and close on exit. */
export interface Core {
  /**
   * Runs one request. `workspaceId` is the id of the workspace the request was made against (the page learned it
   * from workspace.info); anything but the open workspace's id is refused as workspace_changed, except for
   * workspace.info and workspace.recent.
   */
  dispatch(operation: unknown, input: unknown, workspaceId: string | undefined): Promise<Envelope<unknown>>;
  workspace(): WorkspaceInfo;
  close(): void;
}
