import type { SectionKind } from '../vocabulary';

/**
 * A model clause: original text in the register of a Japanese policy (〜します。／〜という。, never です), with
 * {variables} the user's facts fill in. `cites` names the provision the clause implements, for the reader.
 */
export interface Clause {
  readonly id: string;
  readonly kind: SectionKind;
  readonly titleJa: string;
  readonly titleEn: string;
  readonly ja: string;
  readonly en: string;
  readonly cites: string;
}
