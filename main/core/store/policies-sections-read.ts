import type { PolicySection, SectionNumbering } from '../../../shared/policy/model';
import type { PersonCategory, RequestKind, SectionKind } from '../../../shared/policy/vocabulary';
import { queryAll, type ReadableDB } from './connection';
import type {
  CrossBorderRecord,
  JointUseRecord,
  PolicySectionRow,
  PurposeRowRecord,
  RequestKindRecord,
  RequestRecord,
  RevisedDateRecord,
  RevisionRecord,
  SectionDeskRecord,
  TransmissionRecord,
} from './policies-rows';
import { sql, type SqlFragment } from './sql';

/**
 * Reads sections back into shared/policy's model: the section rows, then each child table once for all of them
 * (a version of 30 sections is eleven statements, whatever its kinds). The result is what the schema would parse
 * it to, so a section read and saved again hashes the same and an unchanged autosave stays a no-op.
 */
export interface StoredSection {
  /** The row id (also the section's rowid in the full-text index). */
  ref: number;
  versionId: number;
  position: number;
  hash: string;
  section: PolicySection;
}

function grouped<R extends { section_ref: number }>(rows: readonly R[]): Map<number, R[]> {
  const map = new Map<number, R[]>();
  for (const row of rows) {
    const list = map.get(row.section_ref) ?? [];
    list.push(row);
    map.set(row.section_ref, list);
  }
  return map;
}

interface Children {
  purposes: Map<number, PurposeRowRecord[]>;
  jointUse: Map<number, JointUseRecord[]>;
  crossBorder: Map<number, CrossBorderRecord[]>;
  transmissions: Map<number, TransmissionRecord[]>;
  requests: Map<number, RequestRecord[]>;
  requestKinds: Map<number, RequestKindRecord[]>;
  revisions: Map<number, RevisionRecord[]>;
  revisedDates: Map<number, RevisedDateRecord[]>;
  desks: Map<number, SectionDeskRecord[]>;
}

function loadChildren(db: ReadableDB, refs: SqlFragment): Children {
  const rows = <R extends { section_ref: number }>(table: SqlFragment) =>
    grouped(queryAll<R>(db, sql`SELECT * FROM ${table} WHERE section_ref IN (${refs}) ORDER BY section_ref`));
  const list = <R extends { section_ref: number }>(table: SqlFragment) =>
    grouped(queryAll<R>(db, sql`SELECT * FROM ${table} WHERE section_ref IN (${refs}) ORDER BY section_ref, position`));
  return {
    purposes: list<PurposeRowRecord>(sql`policy_purposes`),
    jointUse: rows<JointUseRecord>(sql`policy_joint_use`),
    crossBorder: list<CrossBorderRecord>(sql`policy_cross_border`),
    transmissions: list<TransmissionRecord>(sql`policy_transmissions`),
    requests: rows<RequestRecord>(sql`policy_requests`),
    requestKinds: list<RequestKindRecord>(sql`policy_request_kinds`),
    revisions: rows<RevisionRecord>(sql`policy_revisions`),
    revisedDates: list<RevisedDateRecord>(sql`policy_revised_dates`),
    desks: list<SectionDeskRecord>(sql`policy_section_desks`),
  };
}

function sectionOf(row: PolicySectionRow, children: Children): PolicySection {
  // Spread last in every case: `{ ...base, more }` makes V8 grow a copy, slower and leaving old-space garbage per
  // section read (bench/memory.bench.ts); `base` holds none of the kind's own fields.
  const base = {
    id: row.section_id,
    headingJa: row.heading_ja,
    headingEn: row.heading_en,
    bodyJa: row.body_ja,
    bodyEn: row.body_en,
    numbering: row.numbering as SectionNumbering,
  };
  const kind = row.kind as SectionKind;
  const of = <R>(map: Map<number, R[]>) => map.get(row.id) ?? [];
  switch (kind) {
    case 'purposes_of_use':
      return {
        kind,
        rows: of(children.purposes).map((r) => ({ category: r.category as PersonCategory | null, purposeJa: r.purpose_ja, purposeEn: r.purpose_en })),
        ...base,
      };
    case 'joint_use': {
      const j = of(children.jointUse)[0];
      return {
        kind,
        jointItemsJa: j?.items_ja ?? '',
        jointItemsEn: j?.items_en ?? '',
        jointUsersJa: j?.users_ja ?? '',
        jointUsersEn: j?.users_en ?? '',
        jointPurposesJa: j?.purposes_ja ?? '',
        jointPurposesEn: j?.purposes_en ?? '',
        responsibleNameJa: j?.responsible_name_ja ?? '',
        responsibleNameEn: j?.responsible_name_en ?? '',
        responsibleAddressJa: j?.responsible_address_ja ?? '',
        responsibleAddressEn: j?.responsible_address_en ?? '',
        responsibleRepresentativeJa: j?.responsible_representative_ja ?? '',
        responsibleRepresentativeEn: j?.responsible_representative_en ?? '',
        ...base,
      };
    }
    case 'cross_border':
      return {
        kind,
        destinations: of(children.crossBorder).map((r) => ({
          countryJa: r.country_ja,
          countryEn: r.country_en,
          regimeJa: r.regime_ja,
          regimeEn: r.regime_en,
          measuresJa: r.measures_ja,
          measuresEn: r.measures_en,
        })),
        ...base,
      };
    case 'external_transmission':
      return {
        kind,
        transmissions: of(children.transmissions).map((r) => ({
          tool: r.tool,
          recipient: r.recipient,
          dataSentJa: r.data_sent_ja,
          dataSentEn: r.data_sent_en,
          purposeJa: r.purpose_ja,
          purposeEn: r.purpose_en,
          optOutUrl: r.opt_out_url,
        })),
        ...base,
      };
    case 'request_procedures': {
      const r = of(children.requests)[0];
      return {
        kind,
        requestKinds: of(children.requestKinds).map((k) => k.request_kind as RequestKind),
        methodJa: r?.method_ja ?? '',
        methodEn: r?.method_en ?? '',
        identityDocumentsJa: r?.identity_documents_ja ?? '',
        identityDocumentsEn: r?.identity_documents_en ?? '',
        feeYen: r?.fee_yen ?? null,
        ...base,
      };
    }
    case 'complaint_desk':
    case 'authorized_organization':
    case 'contact':
      return { kind, deskIds: of(children.desks).map((d) => d.desk_id), ...base };
    case 'revisions': {
      const r = of(children.revisions)[0];
      return {
        kind,
        establishedOn: r?.established_on ?? '',
        effectiveOn: r?.effective_on ?? '',
        revisedOn: of(children.revisedDates).map((d) => d.revised_on),
        ...base,
      };
    }
    default:
      return { kind, ...base };
  }
}

/** The sections matching `where` (a condition on policy_sections), ordered by version then position. */
function readWhere(db: ReadableDB, where: SqlFragment): StoredSection[] {
  const rows = queryAll<PolicySectionRow>(db, sql`SELECT * FROM policy_sections WHERE ${where} ORDER BY version_id, position`);
  if (rows.length === 0) return [];
  const children = loadChildren(db, sql`SELECT id FROM policy_sections WHERE ${where}`);
  return rows.map((row) => ({ ref: row.id, versionId: row.version_id, position: row.position, hash: row.content_hash, section: sectionOf(row, children) }));
}

export function readVersionSections(db: ReadableDB, versionId: number): StoredSection[] {
  return readWhere(db, sql`version_id = ${versionId}`);
}

/** Sections by row id (a page of search hits); ids travel as one JSON parameter. */
export function readSectionsByRef(db: ReadableDB, refs: readonly number[]): StoredSection[] {
  if (refs.length === 0) return [];
  return readWhere(db, sql`id IN (SELECT value FROM json_each(${JSON.stringify(refs)}))`);
}

export interface SectionHashRow {
  ref: number;
  sectionId: string;
  position: number;
  hash: string;
}

/** What an autosave compares against: each stored section's id, place and hash, without its text. */
export function readSectionHashes(db: ReadableDB, versionId: number): SectionHashRow[] {
  return queryAll<{ id: number; section_id: string; position: number; content_hash: string }>(
    db,
    sql`SELECT id, section_id, position, content_hash FROM policy_sections WHERE version_id = ${versionId} ORDER BY position`,
  ).map((row) => ({ ref: row.id, sectionId: row.section_id, position: row.position, hash: row.content_hash }));
}
