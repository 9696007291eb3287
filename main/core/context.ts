import type { HostCapabilities } from './api';
import type { PreferencesStore } from './settings/preferences';
import type { ReadableDB } from './store/connection';
import type { RecentWorkspaces } from './workspace/recent';
import type { WorkspaceSession } from './workspace/session';

/** What the data services need: the current workspace, who is acting, and the time. */
export interface DataScope {
  db(): ReadableDB;
  actor(): string;
  now(): Date;
}

/** The context every handler receives from the dispatcher. */
export interface CoreContext extends DataScope {
  readonly session: WorkspaceSession;
  readonly preferences: PreferencesStore;
  readonly recent: RecentWorkspaces;
  /** The app's user-data folder (preferences, the recent list, the sample workspace). */
  readonly userDataDir: string;
  readonly host: HostCapabilities;
  /** The OS account, named by the audit trail when Settings has no user name. */
  readonly osUser: string;
  /** True when `now` is not the real time (APPI_WORKBENCH_CLOCK, or a test's clock). */
  readonly clockMoved: boolean;
}
