/** The outline beside a long form (components/form/FormOutline.tsx) and the short section names it shows. */
export const jaOutline = {
  entry: '{{label}}（{{state}}）',
  complete: '入力済み',
  todo: '未入力の項目あり',
  optional: '任意',
  errors: 'エラー{{count}}件',
  warnings: '要確認{{count}}件',
  policyLabel: '条項の目次',
  incidentLabel: '記録の構成',
  /** The published version as a reader sees it (features/policies/PolicyDocumentView.tsx). */
  document: { label: '公開版の本文', desks: '窓口', noText: '（この言語の本文はありません）' },
  incident: {
    overview: '概要',
    times: '日時',
    items: '項目',
    individuals: '本人の数',
    risk: '暗号化・目的',
    entrustment: '委託',
    delegation: '委任先',
    report: '報告事項',
  },
};
