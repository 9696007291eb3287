import { PPC_NAME } from '../domain/incident-due';
import type { LocalizedText } from '../errors';

/**
 * The recipients the app itself writes into a notification (the PPC, 本人) in the screen's language; a recipient
 * the user typed (an entrustor, a ministry) is shown as typed (issue 13 item 6: 「個人情報保護委員会」 and 「本人」 were
 * left untranslated in English).
 */
const known: Record<string, LocalizedText> = {
  [PPC_NAME]: { ja: PPC_NAME, en: 'Personal Information Protection Commission' },
  本人: { ja: '本人', en: 'The individuals concerned' },
};

export function recipientText(stored: string): LocalizedText {
  return known[stored] ?? { ja: stored, en: stored };
}
