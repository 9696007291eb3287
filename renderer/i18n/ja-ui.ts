/** Shared components (dates, dialogs, lists): their labels and the names controls are announced by. */
export const jaUi = {
  dates: {
    clear: '日付を消去',
    previousMonth: '前の月',
    nextMonth: '次の月',
    previousYear: '前の年',
    nextYear: '次の年',
    previousDecade: '前の10年',
    nextDecade: '次の10年',
    monthLevel: '年を選ぶ',
    yearLevel: '10年単位で選ぶ',
    format: '年/月/日（例：2026/12/28）',
    rangeOrder: '終了日は開始日と同じか、それより後の日付にしてください。',
  },
  more: '他{{n}}件',
};
