import { z } from 'zod';
import { optionalText } from '../validation/fields';
import { read, write } from './define';

export const languages = ['ja', 'en'] as const;
export type Language = (typeof languages)[number];

export const settings = z.object({
  /** Name recorded in the audit trail; '' means the operating-system user. */
  userName: z.string(),
  language: z.enum(languages),
  /** Who the audit trail will name right now (userName, or the OS user). */
  effectiveUser: z.string(),
});
export type Settings = z.infer<typeof settings>;

export const settingsContract = {
  'settings.get': read(z.object({}).strict(), settings, { ja: '設定の表示', en: 'Show settings' }),
  'settings.update': write(
    z.object({ userName: optionalText(100), language: z.enum(languages, { error: 'invalidChoice' }) }).strict(),
    settings,
    { ja: '設定を変更', en: 'Change settings' },
  ),
};
