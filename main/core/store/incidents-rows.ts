/**
 * Rows of the incident tables exactly as stored (snake_case, 0/1 or NULL for facts, '' for absent text). Mapping to
 * shared/domain's objects happens in the incident repositories only.
 */
export type Flag = 0 | 1 | null;

export interface IncidentRow {
  id: number;
  company_id: number;
  title: string;
  status: string;
  breach_kind: string;
  certainty: string;
  occurred_at: string | null;
  discovered_at: string | null;
  known_at: string;
  known_on: string;
  known_by: string;
  how_discovered: string;
  sensitive: Flag;
  financial_risk: Flag;
  wrongful_purpose: Flag;
  being_acquired: Flag;
  individuals_kind: string;
  individuals: number | null;
  individuals_upper_bound: number | null;
  high_level_encryption: Flag;
  key_leaked: Flag;
  /** Migration 0005: only pseudonymised information involved (APPI Art. 41(9)); NULL = not yet known. */
  pseudonymised: Flag;
  we_are_entrustee: 0 | 1;
  entrustor_name: string;
  entrustor_notified_at: string | null;
  delegated_ministry: string;
  report_overview: string;
  report_items: string;
  report_individuals: string;
  report_cause: string;
  report_secondary_damage: string;
  report_response: string;
  report_publication: string;
  report_prevention: string;
  report_other: string;
  /** Migration 0005: the PPC form's facts (who discovered it, medium, our entrustee, items 5–7's choices). */
  discovered_by: string;
  medium: string;
  we_have_entrustee: 0 | 1;
  entrustee_name: string;
  secondary_damage: string;
  individuals_response: string;
  publication: string;
  reportable: string;
  triggers: number;
  next_deadline: string | null;
  next_deadline_kind: string | null;
  search_text: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface IncidentEventRow {
  id: number;
  incident_id: number;
  event_kind: string;
  at: string;
  text: string;
  by_whom: string;
  corrects_event_id: number | null;
  created_at: string;
}

export interface IncidentNotificationRow {
  id: number;
  incident_id: number;
  notification_kind: string;
  recipient: string;
  alternative_measure: 0 | 1;
  method: string;
  note: string;
  due_date: string | null;
  target_date: string | null;
  due_basis_ja: string;
  due_basis_en: string;
  sent_at: string | null;
  reference_number: string;
  document: string;
  combined_with_preliminary: 0 | 1;
  corrects_notification_id: number | null;
  revision: number;
  created_at: string;
  updated_at: string;
  /** Migration 0005: a notice's addressee, the named addressee, and the letter as JSON. */
  addressee: string;
  addressee_name: string;
  letter: string;
  /** Migration 0005: the report as filed (shared/domain/incident-filed.ts), JSON; NULL until a 速報/確報 is sent. */
  filed: string | null;
}
