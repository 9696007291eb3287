import type { SectionKind } from '../vocabulary';
import { collectionClauses } from './collection';
import { onlineClauses } from './online';
import { provisionClauses } from './provision';
import { requestClauses } from './requests';
import { safeguardClauses } from './safeguards';
import { statementClauses } from './statements';
import type { Clause } from './types';

export type { Clause } from './types';
export * from './fill';
export { purposePresets, type PurposePreset } from './purpose-presets';

/** Every model clause, in the order of a typical policy. */
export const clauseLibrary: readonly Clause[] = [
  ...statementClauses,
  ...collectionClauses,
  ...provisionClauses,
  ...safeguardClauses,
  ...onlineClauses,
  ...requestClauses,
];

export function clausesFor(kind: SectionKind): Clause[] {
  return clauseLibrary.filter((clause) => clause.kind === kind);
}

/** The clause with `id`; throws for an unknown id (a programming error: ids are constants). */
export function clauseById(id: string): Clause {
  const clause = clauseLibrary.find((candidate) => candidate.id === id);
  if (!clause) throw new Error(`Unknown clause: ${id}`);
  return clause;
}
