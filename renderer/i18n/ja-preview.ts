/** Japanese text of the export preview beside the export options. */
export const jaPreview = {
  title: 'プレビュー',
  region: '書き出す内容のプレビュー',
  loading: 'プレビューを作成しています…',
  failed: 'プレビューを表示できませんでした',
  page: '{{page}}ページ目（全{{total}}ページ）',
  pages: '全{{total}}ページ',
  wordNote: 'Word形式でも同じ内容を書き出します。ページの区切りはWordの設定で変わることがあります。',
  stale: '選択を変えたので、プレビューを作り直しています…',
  zoomIn: '拡大',
  zoomOut: '縮小',
  zoom: '{{percent}}%',
  save: '保存',
};
