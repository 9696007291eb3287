import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentWorkspace } from '../../shared/contract/workspace';
import type { Language } from '../../shared/contract/settings';
import { label } from './labels';

export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(path: string): void;
  about(): void;
}

export interface MenuState {
  language: Language;
  recent: RecentWorkspace[];
  /** Developer tools only in an unpackaged (development) run. */
  isDev: boolean;
  isMac: boolean;
}

function recentItems(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const items = state.recent.filter((workspace) => workspace.exists);
  if (items.length === 0) return [{ label: label('noRecent', state.language), enabled: false }];
  // A consultant's workspaces by the names they gave them (「アクメ社 — 2026年度」), the file name otherwise.
  const labelOf = (workspace: RecentWorkspace) =>
    [workspace.clientLabel, workspace.displayName || workspace.name].filter((part) => part !== '').join(' — ');
  return items.map((workspace) => ({ label: labelOf(workspace), toolTip: workspace.path, click: () => actions.openRecent(workspace.path) }));
}

/** The application menu, rebuilt whenever the language or the recent list may have changed. */
export function buildMenu(state: MenuState, actions: MenuActions): Menu {
  const t = (key: Parameters<typeof label>[0]) => label(key, state.language);
  const template: MenuItemConstructorOptions[] = [
    ...(state.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('file'),
      submenu: [
        { label: t('newWorkspace'), accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
        { label: t('openWorkspace'), accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
        { label: t('recent'), submenu: recentItems(state, actions) },
        { type: 'separator' },
        { label: t('quit'), role: 'quit' },
      ],
    },
    {
      label: t('edit'),
      submenu: [
        { label: t('undo'), role: 'undo' },
        { label: t('redo'), role: 'redo' },
        { type: 'separator' },
        { label: t('cut'), role: 'cut' },
        { label: t('copy'), role: 'copy' },
        { label: t('paste'), role: 'paste' },
        { label: t('selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { label: t('reload'), role: 'reload' },
        { type: 'separator' },
        { label: t('resetZoom'), role: 'resetZoom' },
        { label: t('zoomIn'), role: 'zoomIn' },
        { label: t('zoomOut'), role: 'zoomOut' },
        { type: 'separator' },
        { label: t('fullScreen'), role: 'togglefullscreen' },
        ...(state.isDev ? [{ label: t('devTools'), role: 'toggleDevTools' as const }] : []),
      ],
    },
    { label: t('help'), submenu: [{ label: t('about'), click: () => actions.about() }] },
  ];
  return Menu.buildFromTemplate(template);
}
