import type { PolicySection } from '../../../shared/policy/model';
import { sectionDataLines } from '../../../shared/policy/section-data-text';
import { execute, type WritableDB } from './connection';
import { readSectionHashes } from './policies-sections-read';
import { indexShortWords } from './policies-short-words';
import { foldForSearch } from './search';
import { sql } from './sql';

/**
 * Writes a version's sections. A section's content is never updated in place: a changed section is deleted and
 * inserted again (its children and full-text entry go with it, by cascade and trigger), so the full-text index
 * only ever sees inserts and deletes. Moves change `position` alone. An autosave therefore rewrites only the
 * sections whose hash changed — typing in one article touches one row, not thirty.
 */
export interface SectionToWrite {
  section: PolicySection;
  /** Hash of the section's content (main/core/policies/hash.ts). */
  hash: string;
}

/** Headings, and everything else a reader sees (prose and structured data, ja and en), folded as search.ts folds. */
function searchTexts(section: PolicySection): { heading: string; body: string } {
  const body = [section.bodyJa, section.bodyEn, ...sectionDataLines(section, 'ja'), ...sectionDataLines(section, 'en')];
  return {
    heading: foldForSearch([section.headingJa, section.headingEn].filter((part) => part !== '').join('\n')),
    body: foldForSearch(body.filter((part) => part.trim() !== '').join('\n')),
  };
}

function insertChildren(db: WritableDB, ref: number, section: PolicySection): void {
  switch (section.kind) {
    case 'purposes_of_use':
      section.rows.forEach((row, position) =>
        execute(db, sql`INSERT INTO policy_purposes (section_ref, position, category, purpose_ja, purpose_en)
                        VALUES (${ref}, ${position}, ${row.category}, ${row.purposeJa}, ${row.purposeEn})`),
      );
      return;
    case 'joint_use':
      execute(
        db,
        sql`INSERT INTO policy_joint_use (section_ref, items_ja, items_en, users_ja, users_en, purposes_ja, purposes_en,
              responsible_name_ja, responsible_name_en, responsible_address_ja, responsible_address_en,
              responsible_representative_ja, responsible_representative_en)
            VALUES (${ref}, ${section.jointItemsJa}, ${section.jointItemsEn}, ${section.jointUsersJa}, ${section.jointUsersEn},
              ${section.jointPurposesJa}, ${section.jointPurposesEn}, ${section.responsibleNameJa}, ${section.responsibleNameEn},
              ${section.responsibleAddressJa}, ${section.responsibleAddressEn}, ${section.responsibleRepresentativeJa},
              ${section.responsibleRepresentativeEn})`,
      );
      return;
    case 'cross_border':
      section.destinations.forEach((d, position) =>
        execute(db, sql`INSERT INTO policy_cross_border (section_ref, position, country_ja, country_en, regime_ja, regime_en, measures_ja, measures_en)
                        VALUES (${ref}, ${position}, ${d.countryJa}, ${d.countryEn}, ${d.regimeJa}, ${d.regimeEn}, ${d.measuresJa}, ${d.measuresEn})`),
      );
      return;
    case 'external_transmission':
      section.transmissions.forEach((t, position) =>
        execute(db, sql`INSERT INTO policy_transmissions (section_ref, position, tool, recipient, data_sent_ja, data_sent_en, purpose_ja, purpose_en, opt_out_url)
                        VALUES (${ref}, ${position}, ${t.tool}, ${t.recipient}, ${t.dataSentJa}, ${t.dataSentEn}, ${t.purposeJa}, ${t.purposeEn}, ${t.optOutUrl})`),
      );
      return;
    case 'request_procedures':
      execute(
        db,
        sql`INSERT INTO policy_requests (section_ref, method_ja, method_en, identity_documents_ja, identity_documents_en, fee_yen)
            VALUES (${ref}, ${section.methodJa}, ${section.methodEn}, ${section.identityDocumentsJa}, ${section.identityDocumentsEn}, ${section.feeYen})`,
      );
      section.requestKinds.forEach((kind, position) =>
        execute(db, sql`INSERT INTO policy_request_kinds (section_ref, position, request_kind) VALUES (${ref}, ${position}, ${kind})`),
      );
      return;
    case 'complaint_desk':
    case 'authorized_organization':
    case 'contact':
      section.deskIds.forEach((deskId, position) =>
        execute(db, sql`INSERT INTO policy_section_desks (section_ref, position, desk_id) VALUES (${ref}, ${position}, ${deskId})`),
      );
      return;
    case 'revisions':
      execute(db, sql`INSERT INTO policy_revisions (section_ref, established_on, effective_on)
                      VALUES (${ref}, ${section.establishedOn}, ${section.effectiveOn})`);
      section.revisedOn.forEach((date, position) =>
        execute(db, sql`INSERT INTO policy_revised_dates (section_ref, position, revised_on) VALUES (${ref}, ${position}, ${date})`),
      );
      return;
    default:
      return;
  }
}

export function insertSection(db: WritableDB, versionId: number, position: number, item: SectionToWrite): number {
  const { section, hash } = item;
  const ref = Number(
    execute(
      db,
      sql`INSERT INTO policy_sections (version_id, position, section_id, kind, heading_ja, heading_en, body_ja, body_en, numbering, content_hash)
          VALUES (${versionId}, ${position}, ${section.id}, ${section.kind}, ${section.headingJa}, ${section.headingEn},
                  ${section.bodyJa}, ${section.bodyEn}, ${section.numbering ?? 'auto'}, ${hash})`,
    ).lastInsertRowid,
  );
  insertChildren(db, ref, section);
  const texts = searchTexts(section);
  execute(db, sql`INSERT INTO policy_sections_fts (rowid, heading, body) VALUES (${ref}, ${texts.heading}, ${texts.body})`);
  indexShortWords(db, ref, texts.heading, texts.body);
  return ref;
}

export interface SectionChanges {
  added: string[];
  removed: string[];
  changed: string[];
  moved: string[];
}

/** Makes the version's sections equal `list` (in its order), touching only what differs; says what it touched. */
export function writeSections(db: WritableDB, versionId: number, list: readonly SectionToWrite[]): SectionChanges {
  const stored = new Map(readSectionHashes(db, versionId).map((row) => [row.sectionId, row]));
  const wanted = new Map(list.map((item) => [item.section.id, item]));
  const changes: SectionChanges = { added: [], removed: [], changed: [], moved: [] };

  // 1. Sections gone or changed leave (with their children and index entries).
  for (const [sectionId, row] of stored) {
    if (wanted.get(sectionId)?.hash !== row.hash) {
      execute(db, sql`DELETE FROM policy_sections WHERE id = ${row.ref}`);
      (wanted.has(sectionId) ? changes.changed : changes.removed).push(sectionId);
      stored.delete(sectionId);
    }
  }
  // 2. Kept sections move to their new places in two steps, since (version, position) is unique.
  const OFFSET = 1_000_000;
  const moves = list.flatMap((item, position) => {
    const row = stored.get(item.section.id);
    return row && row.position !== position ? [{ ref: row.ref, position, sectionId: item.section.id }] : [];
  });
  for (const move of moves) execute(db, sql`UPDATE policy_sections SET position = ${OFFSET + move.position} WHERE id = ${move.ref}`);
  for (const move of moves) execute(db, sql`UPDATE policy_sections SET position = ${move.position} WHERE id = ${move.ref}`);
  changes.moved.push(...moves.map((move) => move.sectionId));
  // 3. New and changed sections go in at their places.
  list.forEach((item, position) => {
    if (stored.has(item.section.id)) return;
    insertSection(db, versionId, position, item);
    if (!changes.changed.includes(item.section.id)) changes.added.push(item.section.id);
  });
  return changes;
}
