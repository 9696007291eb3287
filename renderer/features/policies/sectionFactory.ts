import { clausesFor, fillClause } from '../../../shared/policy/clauses';
import { sectionKindLabels } from '../../../shared/policy/labels';
import { makeSection, type PolicySection } from '../../../shared/policy/model';
import type { SectionKind } from '../../../shared/policy/vocabulary';

/** A section id unique in the version (kept across versions, so the diff can match sections). */
export function newSectionId(kind: SectionKind): string {
  const random = globalThis.crypto.randomUUID().slice(0, 8);
  return `sec-${kind}-${random}`;
}

/**
 * A new section of `kind` with the clause library's first model clause for that kind, filled with the company's
 * name; anything else the clause needs stays visible as 【未設定：…】 for the user to fill in.
 */
export function newSection(kind: SectionKind, companyName: string): PolicySection {
  const clause = clausesFor(kind)[0];
  const text = clause ? fillClause(clause, { companyName }) : { ja: '', en: '' };
  return makeSection(kind, newSectionId(kind), {
    headingJa: sectionKindLabels[kind].ja,
    headingEn: sectionKindLabels[kind].en,
    bodyJa: text.ja,
    bodyEn: text.en,
  } as never);
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
