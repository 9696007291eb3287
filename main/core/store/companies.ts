import type { Company, CompanyValues } from '../../../shared/domain/company';
import { execute, queryAll, queryOne, queryValue, type ReadableDB, type WritableDB } from './connection';
import type { CompanyRow } from './rows';
import { containsPattern, searchTextOf } from './search';
import { sql, sqlWhere, type SqlFragment } from './sql';

/** The companies repository: plain functions over a connection (after Signal's sql/server files). */
type CompanyListRow = CompanyRow & { desk_count: number };

const selectCompany = sql`
  SELECT c.*, (SELECT count(*) FROM desks d WHERE d.company_id = c.id) AS desk_count
  FROM companies c`;

function companyOf(row: CompanyListRow): Company {
  return {
    id: row.id,
    legalNameJa: row.legal_name_ja,
    legalNameEn: row.legal_name_en,
    postalCode: row.postal_code,
    addressJa: row.address_ja,
    addressEn: row.address_en,
    representativeTitleJa: row.representative_title_ja,
    representativeTitleEn: row.representative_title_en,
    representativeNameJa: row.representative_name_ja,
    representativeNameEn: row.representative_name_en,
    protectionManagerTitle: row.protection_manager_title,
    protectionManagerName: row.protection_manager_name,
    phone: row.phone,
    email: row.email,
    website: row.website,
    authorizedOrgMember: row.authorized_org_member === 1,
    authorizedOrgNameJa: row.authorized_org_name_ja,
    authorizedOrgNameEn: row.authorized_org_name_en,
    authorizedOrgDeskId: row.authorized_org_desk_id,
    privacyMarkNumber: row.privacy_mark_number,
    corporateNumber: row.corporate_number,
    industry: row.industry,
    contactDepartment: row.contact_department,
    contactTitle: row.contact_title,
    contactName: row.contact_name,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deskCount: row.desk_count,
  };
}

function searchText(values: CompanyValues): string {
  return searchTextOf(
    [
      values.legalNameJa,
      values.legalNameEn,
      values.representativeNameJa,
      values.representativeNameEn,
      values.protectionManagerName,
      values.email,
      values.contactName,
    ],
    [values.phone, values.corporateNumber],
  );
}

export function getCompany(db: ReadableDB, id: number): Company | undefined {
  const row = queryOne<CompanyListRow>(db, sql`${selectCompany} WHERE c.id = ${id}`);
  return row && companyOf(row);
}

export function companyExists(db: ReadableDB, id: number): boolean {
  return queryValue<number>(db, sql`SELECT count(*) FROM companies WHERE id = ${id}`) === 1;
}

export function countDesksOf(db: ReadableDB, companyId: number): number {
  return queryValue<number>(db, sql`SELECT count(*) FROM desks WHERE company_id = ${companyId}`) ?? 0;
}

/** Companies that name this desk as their authorized organization's desk. */
export function companiesUsingDesk(db: ReadableDB, deskId: number): number[] {
  return queryAll<{ id: number }>(db, sql`SELECT id FROM companies WHERE authorized_org_desk_id = ${deskId} ORDER BY id`).map(
    (row) => row.id,
  );
}

export interface PageFilter {
  query: string;
  limit: number;
  offset: number;
}

/** Ordered by the Japanese legal name (then id, so equal names page stably). */
export function listCompanies(db: ReadableDB, filter: PageFilter): { items: Company[]; total: number } {
  const conditions: SqlFragment[] = [];
  if (filter.query !== '') conditions.push(sql`c.search_text LIKE ${containsPattern(filter.query)} ESCAPE '\\'`);
  const where = sqlWhere(conditions);
  const rows = queryAll<CompanyListRow>(
    db,
    sql`${selectCompany} ${where} ORDER BY c.legal_name_ja, c.id LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  );
  const total = queryValue<number>(db, sql`SELECT count(*) FROM companies c ${where}`) ?? 0;
  return { items: rows.map(companyOf), total };
}

export function insertCompany(db: WritableDB, values: CompanyValues, at: string): number {
  const result = execute(
    db,
    sql`INSERT INTO companies (
          legal_name_ja, legal_name_en, postal_code, address_ja, address_en,
          representative_title_ja, representative_title_en, representative_name_ja, representative_name_en,
          protection_manager_title, protection_manager_name, phone, email, website,
          authorized_org_member, authorized_org_name_ja, authorized_org_name_en, authorized_org_desk_id,
          privacy_mark_number, corporate_number, industry, contact_department, contact_title, contact_name,
          search_text, revision, created_at, updated_at)
        VALUES (
          ${values.legalNameJa}, ${values.legalNameEn}, ${values.postalCode}, ${values.addressJa}, ${values.addressEn},
          ${values.representativeTitleJa}, ${values.representativeTitleEn}, ${values.representativeNameJa},
          ${values.representativeNameEn}, ${values.protectionManagerTitle}, ${values.protectionManagerName},
          ${values.phone}, ${values.email}, ${values.website},
          ${values.authorizedOrgMember ? 1 : 0}, ${values.authorizedOrgNameJa}, ${values.authorizedOrgNameEn},
          ${values.authorizedOrgDeskId}, ${values.privacyMarkNumber}, ${values.corporateNumber}, ${values.industry},
          ${values.contactDepartment}, ${values.contactTitle}, ${values.contactName},
          ${searchText(values)}, 1, ${at}, ${at})`,
  );
  return Number(result.lastInsertRowid);
}

/** Writes the values only if the stored revision is still `revision`; returns whether it did. */
export function updateCompany(db: WritableDB, id: number, revision: number, values: CompanyValues, at: string): boolean {
  const result = execute(
    db,
    sql`UPDATE companies SET
          legal_name_ja = ${values.legalNameJa}, legal_name_en = ${values.legalNameEn},
          postal_code = ${values.postalCode}, address_ja = ${values.addressJa}, address_en = ${values.addressEn},
          representative_title_ja = ${values.representativeTitleJa}, representative_title_en = ${values.representativeTitleEn},
          representative_name_ja = ${values.representativeNameJa}, representative_name_en = ${values.representativeNameEn},
          protection_manager_title = ${values.protectionManagerTitle}, protection_manager_name = ${values.protectionManagerName},
          phone = ${values.phone}, email = ${values.email}, website = ${values.website},
          authorized_org_member = ${values.authorizedOrgMember ? 1 : 0},
          authorized_org_name_ja = ${values.authorizedOrgNameJa}, authorized_org_name_en = ${values.authorizedOrgNameEn},
          authorized_org_desk_id = ${values.authorizedOrgDeskId}, privacy_mark_number = ${values.privacyMarkNumber},
          corporate_number = ${values.corporateNumber}, industry = ${values.industry},
          contact_department = ${values.contactDepartment}, contact_title = ${values.contactTitle},
          contact_name = ${values.contactName},
          search_text = ${searchText(values)}, revision = revision + 1, updated_at = ${at}
        WHERE id = ${id} AND revision = ${revision}`,
  );
  return result.changes === 1;
}

/** Used when the referenced desk is deleted: the company then names no authorized organization's desk. */
export function clearAuthorizedOrgDesk(db: WritableDB, id: number, at: string): void {
  execute(
    db,
    sql`UPDATE companies SET authorized_org_desk_id = NULL, revision = revision + 1, updated_at = ${at} WHERE id = ${id}`,
  );
}

export function deleteCompany(db: WritableDB, id: number): boolean {
  return execute(db, sql`DELETE FROM companies WHERE id = ${id}`).changes === 1;
}
