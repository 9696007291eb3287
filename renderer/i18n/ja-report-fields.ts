/**
 * Japanese text of the incident form's report fields (appi.md §3): the choices the PPC form asks for beside the
 * free text — the medium, an entrustee of ours, and items 5–7's yes / no / unknown and done / planned.
 */
export const jaReportFields = {
  notStated: '未選択',
  notStatedHelp: '未選択のまま報告書を作ると「確認中」と記載します。',
  media: { electronic: '電子媒体', paper: '紙媒体', both: '電子媒体及び紙媒体' },
  secondaryDamage: { yes: '有', no: '無', unknown: '不明' },
  progress: { done: '実施済み', planned: '実施予定', notPlanned: '実施予定なし' },
  entrusteeCheckbox: '委託先（当社が個人データの取扱いを委託している事業者）で発生した',
  entrusteeHelp: '報告書の「委託先」欄に記載します。委託元としての報告義務は当社に残ります。',
  choiceFor: {
    reportSecondaryDamage: '二次被害又はそのおそれの有無',
    reportResponse: '本人への対応の実施状況',
    reportPublication: '公表の実施状況',
  },
};
