import type { Language } from '../../shared/contract/settings';

/** Every word the Electron shell shows itself (menu, dialogs), in the app's language rather than the OS's. */
const labels = {
  file: { ja: 'ファイル', en: 'File' },
  newWorkspace: { ja: '新しいワークスペース…', en: 'New Workspace…' },
  openWorkspace: { ja: 'ワークスペースを開く…', en: 'Open Workspace…' },
  recent: { ja: '最近使ったワークスペース', en: 'Open Recent' },
  noRecent: { ja: '（なし）', en: '(none)' },
  quit: { ja: '終了', en: 'Quit' },
  edit: { ja: '編集', en: 'Edit' },
  undo: { ja: '元に戻す', en: 'Undo' },
  redo: { ja: 'やり直す', en: 'Redo' },
  cut: { ja: '切り取り', en: 'Cut' },
  copy: { ja: 'コピー', en: 'Copy' },
  paste: { ja: '貼り付け', en: 'Paste' },
  selectAll: { ja: 'すべて選択', en: 'Select All' },
  view: { ja: '表示', en: 'View' },
  reload: { ja: '再読み込み', en: 'Reload' },
  resetZoom: { ja: '実際のサイズ', en: 'Actual Size' },
  zoomIn: { ja: '拡大', en: 'Zoom In' },
  zoomOut: { ja: '縮小', en: 'Zoom Out' },
  fullScreen: { ja: '全画面表示', en: 'Toggle Full Screen' },
  devTools: { ja: '開発者ツール', en: 'Toggle Developer Tools' },
  help: { ja: 'ヘルプ', en: 'Help' },
  about: { ja: 'APPI Workbenchについて', en: 'About APPI Workbench' },
  version: { ja: 'バージョン', en: 'Version' },
  aboutDetail: {
    ja: '個人情報保護法の実務のためのオフラインのワークベンチ',
    en: 'An offline workbench for APPI compliance',
  },
  workspaceFilter: { ja: 'ワークスペース', en: 'Workspace' },
  openTitle: { ja: 'ワークスペースを開く', en: 'Open a Workspace' },
  saveExportTitle: { ja: '書き出したファイルを保存', en: 'Save the Exported File' },
  createTitle: { ja: '新しいワークスペース', en: 'New Workspace' },
  workspaceError: { ja: 'ワークスペースを開けませんでした', en: 'Could not open the workspace' },
  startupError: { ja: 'APPI Workbenchを起動できませんでした', en: 'APPI Workbench could not start' },
} as const;

export type LabelKey = keyof typeof labels;

export function label(key: LabelKey, language: Language): string {
  return labels[key][language];
}
