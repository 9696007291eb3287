import type { LocalizedText } from '../errors';

/**
 * What a report to the PPC says where a fact is not known yet (appi.md §3): never a blank, never 未記入.
 * - `investigating` (調査中): a fact about what happened that the investigation has not settled — dates, who
 *   discovered it, the medium, the data items, the number of people, the cause, the secondary damage;
 * - `confirming` (確認中): something the reporter still has to confirm or decide — its own details (法人番号,
 *   業種, the contact person), the yes / no / done / planned choices of items 5–7, and the texts of items 6–9.
 * Shared by the PPC form helper (shared/report/ppc-form.ts) and the exported report documents, so both say the
 * same words for the same gap.
 */
export type UnknownKind = 'investigating' | 'confirming';

export const unknownWording: Record<UnknownKind, LocalizedText> = {
  investigating: { ja: '調査中', en: 'Under investigation' },
  confirming: { ja: '確認中', en: 'To be confirmed' },
};

/** The words for a gap of this kind. */
export function unknownText(kind: UnknownKind): LocalizedText {
  return unknownWording[kind];
}

/** True for a value that is one of the gap words, in either language (e.g. to list what a 確報 still lacks). */
export function isUnknownWording(text: string): boolean {
  const trimmed = text.trim();
  return Object.values(unknownWording).some((w) => w.ja === trimmed || w.en === trimmed);
}
