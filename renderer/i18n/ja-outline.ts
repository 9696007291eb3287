/** The outline beside a long form (components/form/FormOutline.tsx) and the short section names it shows. */
export const jaOutline = {
  entry: '{{label}}（{{state}}）',
  complete: '入力済み',
  todo: '未入力の項目あり',
  optional: '任意',
  errors: 'エラー{{count}}件',
  incidentLabel: '記録の構成',
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
