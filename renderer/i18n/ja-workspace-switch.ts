/** The notice shown when the workspace this page shows is no longer the open one (renderer/api/WorkspaceChangedNotice). */
export const jaWorkspaceSwitch = {
  title: 'ワークスペースが切り替えられました',
  noticed:
    '別のタブまたはウィンドウで、ワークスペースが切り替えられました。この画面はもう、開いているワークスペースを表していません。',
  nowOpen: 'いま開いているワークスペース',
  unsaved: '入力中の内容は保存されていません。必要なら、閉じてから書き写してください。',
  reload: '開いているワークスペースで読み込み直す',
  later: '閉じる',
};
