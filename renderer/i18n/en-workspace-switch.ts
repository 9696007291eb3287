import type { jaWorkspaceSwitch } from './ja-workspace-switch';

/** English text of the workspace-switch notice. */
export const enWorkspaceSwitch = {
  title: 'The workspace was switched',
  noticed: 'The workspace was switched in another tab or window. This page no longer shows the workspace that is open.',
  nowOpen: 'Open now',
  unsaved: 'What you were typing was not saved. If you need it, close this notice and copy it first.',
  reload: 'Reload with the open workspace',
  later: 'Close',
} satisfies Record<keyof typeof jaWorkspaceSwitch, string>;
