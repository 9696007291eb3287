/**
 * The policy tables' rows exactly as SQLite holds them (snake_case, '' for absent text, NULL where the schema
 * allows it). Mapping to shared/policy's sections happens in policies-sections-read.ts, nowhere else.
 */
export interface PolicyRow {
  id: number;
  company_id: number;
  kind: string;
  title_ja: string;
  title_en: string;
  search_text: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface PolicyVersionRow {
  id: number;
  policy_id: number;
  number: number;
  status: string;
  effective_on: string | null;
  change_summary_ja: string;
  change_summary_en: string;
  based_on_version_id: number | null;
  content_hash: string;
  revision: number;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PolicySectionRow {
  id: number;
  version_id: number;
  position: number;
  section_id: string;
  kind: string;
  heading_ja: string;
  heading_en: string;
  body_ja: string;
  body_en: string;
  /** Migration 0009: 'auto' | 'as_written' | 'none'. */
  numbering: string;
  content_hash: string;
}

/** Every child row names its section row and, for lists, its place in the list. */
interface ChildRow {
  section_ref: number;
}
interface ListRow extends ChildRow {
  position: number;
}

export interface PurposeRowRecord extends ListRow {
  category: string | null;
  purpose_ja: string;
  purpose_en: string;
}

export interface JointUseRecord extends ChildRow {
  items_ja: string;
  items_en: string;
  users_ja: string;
  users_en: string;
  purposes_ja: string;
  purposes_en: string;
  responsible_name_ja: string;
  responsible_name_en: string;
  responsible_address_ja: string;
  responsible_address_en: string;
  responsible_representative_ja: string;
  responsible_representative_en: string;
}

export interface CrossBorderRecord extends ListRow {
  country_ja: string;
  country_en: string;
  regime_ja: string;
  regime_en: string;
  measures_ja: string;
  measures_en: string;
}

export interface TransmissionRecord extends ListRow {
  tool: string;
  recipient: string;
  data_sent_ja: string;
  data_sent_en: string;
  purpose_ja: string;
  purpose_en: string;
  opt_out_url: string;
}

export interface RequestRecord extends ChildRow {
  method_ja: string;
  method_en: string;
  identity_documents_ja: string;
  identity_documents_en: string;
  fee_yen: number | null;
}

export interface RequestKindRecord extends ListRow {
  request_kind: string;
}

export interface RevisionRecord extends ChildRow {
  established_on: string;
  effective_on: string;
}

export interface RevisedDateRecord extends ListRow {
  revised_on: string;
}

export interface SectionDeskRecord extends ListRow {
  desk_id: number;
}
