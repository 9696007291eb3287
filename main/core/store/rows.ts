/**
 * Rows exactly as the tables hold them (snake_case, 0/1 for booleans, '' for absent text). Mapping to
 * the domain objects of shared/domain happens in the repositories, nowhere else.
 */
export interface CompanyRow {
  id: number;
  legal_name_ja: string;
  legal_name_en: string;
  postal_code: string;
  address_ja: string;
  address_en: string;
  representative_title_ja: string;
  representative_title_en: string;
  representative_name_ja: string;
  representative_name_en: string;
  protection_manager_title: string;
  protection_manager_name: string;
  phone: string;
  email: string;
  website: string;
  authorized_org_member: 0 | 1;
  authorized_org_name_ja: string;
  authorized_org_name_en: string;
  authorized_org_desk_id: number | null;
  privacy_mark_number: string;
  /** Migration 0005: the PPC report's reporter fields. */
  corporate_number: string;
  industry: string;
  contact_department: string;
  contact_title: string;
  contact_name: string;
  search_text: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface DeskRow {
  id: number;
  company_id: number;
  kind: string;
  name_ja: string;
  name_en: string;
  department: string;
  person_in_charge: string;
  email: string;
  postal_code: string;
  address_ja: string;
  address_en: string;
  reception_days: number;
  closed_on_holidays: 0 | 1;
  hours_from: string;
  hours_to: string;
  reception_note_ja: string;
  reception_note_en: string;
  inquiry_form_url: string;
  search_text: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface DeskPhoneRow {
  desk_id: number;
  position: number;
  label: string;
  number: string;
}

export interface DeskLanguageRow {
  desk_id: number;
  language: string;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  operation: string;
  entity: string;
  entity_id: number | null;
  before_json: string | null;
  after_json: string | null;
}
