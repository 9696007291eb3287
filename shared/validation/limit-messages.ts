import type { LocalizedText } from '../errors';

/**
 * Messages of the input limits (issue 12): characters a field may not hold, and the count that ends a capped
 * list of problems. Kept beside the limits; issues.ts reads them like validation-messages.
 */
export const limitMessages = {
  unsafeCharacter: {
    ja: '{field}に保存できない文字（{char}：制御文字、文字の向きを変える文字、または壊れた文字）が含まれています。その文字を削除してください。',
    en: 'The {field} contains a character that cannot be stored ({char}: a control character, a text-direction override or a broken character). Remove it.',
  },
  moreIssues: {
    ja: 'ほかに{count}件の問題があります（最初の{shown}件のみ表示しています）。',
    en: '…and {count} more problems (only the first {shown} are listed).',
  },
  unknownFieldsMore: { ja: '{keys} ほか{count}件', en: '{keys} and {count} more' },
} satisfies Record<string, LocalizedText>;

export type LimitMessageKey = keyof typeof limitMessages;
