import type { LocalizedText } from '../errors';

/**
 * Validation messages in です・ます and plain English, saying what is wrong and how to fix it
 * (UI guide, "Forms"). `{field}` is replaced by the field's label, `{max}` by a limit.
 * Schemas refer to these by key (`error: 'phone'`), so the UI, the CLI and the contract show one text.
 */
export const validationMessages = {
  required: { ja: '{field}が入力されていません。', en: 'Enter the {field}.' },
  invalidType: { ja: '{field}の形式が正しくありません。', en: 'The {field} has the wrong type.' },
  tooLong: { ja: '{field}は{max}文字以内で入力してください。', en: 'Shorten the {field} to {max} characters or fewer.' },
  tooMany: { ja: '{field}は{max}件までです。', en: 'Enter at most {max} items for the {field}.' },
  invalidChoice: { ja: '{field}の選択肢が正しくありません。', en: 'Choose one of the listed options for the {field}.' },
  unknownField: { ja: '想定していない項目が含まれています（{keys}）。', en: 'Remove the unexpected fields ({keys}).' },
  positiveId: { ja: '{field}が正しくありません。', en: 'The {field} is not a valid ID.' },
  phone: {
    ja: '{field}は 03-1234-5678、0120-123-456、+81 3-1234-5678 のような日本の電話番号で入力してください。',
    en: 'Enter the {field} as a Japanese number such as 03-1234-5678, 0120-123-456 or +81 3-1234-5678.',
  },
  postalCode: { ja: '郵便番号は 123-4567 の形式で入力してください。', en: 'Enter the postal code as 123-4567.' },
  email: {
    ja: '{field}の形式が正しくありません。入力例：privacy@example.co.jp',
    en: 'Enter the {field} in the form privacy@example.co.jp.',
  },
  url: {
    ja: '{field}は https:// または http:// から始まるURLで入力してください。',
    en: 'Enter the {field} as a URL starting with https:// or http://.',
  },
  time: { ja: '{field}は 09:00 のように24時間制で入力してください。', en: 'Enter the {field} as 24-hour time, e.g. 09:00.' },
  hoursOrder: {
    ja: '受付終了時刻は受付開始時刻より後にしてください。',
    en: 'Make the closing time later than the opening time.',
  },
  authorizedOrgName: {
    ja: '認定個人情報保護団体に加入している場合は、団体名を入力してください。',
    en: 'Enter the name of the authorized organization you are a member of.',
  },
  workspacePath: {
    ja: 'ワークスペースのファイルは .sqlite で終わる名前にしてください。',
    en: 'Give the workspace file a name ending in .sqlite.',
  },
} as const satisfies Record<string, LocalizedText>;

export type ValidationMessageKey = keyof typeof validationMessages;

export function fillTemplate(text: LocalizedText, values: Record<string, LocalizedText | string | number>): LocalizedText {
  const fill = (lang: 'ja' | 'en', template: string) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'object' ? value[lang] : String(value);
    });
  return { ja: fill('ja', text.ja), en: fill('en', text.en) };
}
