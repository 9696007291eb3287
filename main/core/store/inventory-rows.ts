/** Rows of the inventory tables (migration 0010), as SQLite returns them: 0/1 flags, '' for text not given. */
export interface InventoryRow {
  id: number;
  company_id: number;
  name: string;
  subjects_note: string;
  people_count: number | null;
  acquisition: string;
  acquisition_note: string;
  medium: string;
  storage_system: string;
  storage_location: string;
  storage_country: string;
  access_scope: string;
  retention: string;
  disposal: string;
  third_party_provision: number;
  third_party_note: string;
  joint_use: number;
  joint_use_note: string;
  abroad: number;
  abroad_note: string;
  risks: string;
  measures_organizational: string;
  measures_human: string;
  measures_physical: string;
  measures_technical: string;
  owner_department: string;
  last_reviewed_on: string | null;
  review_months: number;
  next_review_on: string | null;
  search_text: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export type InventoryListRow = InventoryRow & { company_name: string };

export interface InventoryItemRow {
  entry_id: number;
  item: string;
}

export interface InventoryOtherItemRow {
  entry_id: number;
  position: number;
  label: string;
  sensitive: number;
}

export interface EntrusteeRow {
  id: number;
  company_id: number;
  name: string;
  address: string;
  contact: string;
  work: string;
  contract_on: string | null;
  contract_until: string | null;
  contract_ref: string;
  re_entrustment: string;
  re_entrustment_note: string;
  check_months: number;
  ended_on: string | null;
  next_check_on: string | null;
  note: string;
  search_text: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export type EntrusteeListRow = EntrusteeRow & { company_name: string };

export interface EntrusteeCheckRow {
  entrustee_id: number;
  position: number;
  kind: string;
  checked_on: string;
  method: string;
  result: string;
  checked_by: string;
  note: string;
  next_due_on: string | null;
}
