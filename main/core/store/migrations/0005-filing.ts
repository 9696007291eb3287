import type { Migration } from './migration';

/**
 * What a report to the PPC and a notice to individuals need beyond the first incident schema (appi.md §3–§4):
 * - companies: the reporter block of the PPC form — 法人番号 (13 digits or ''), 業種, and the contact person's
 *   department, title and name (empty = the protection manager, then nobody);
 * - incidents: pseudonymised information (Art. 41(9), outside Art. 26: 0/1, NULL = not yet known), who discovered it
 *   (発見者), the medium, an entrustee of ours involved (the breach happened there) and who, and the PPC form's choices
 *   for items 5–7 ('' = not stated yet, which a report prints as 確認中 / 調査中, never blank);
 * - notifications: the addressee of a notice ('' = not chosen) and its own name for a named person or group, the
 *   letter's です・ます texts as JSON (written for individuals, prefilled from the record), and `filed` — the document
 *   content as filed, frozen as JSON when a 速報 or 確報 is marked sent. The sent-notification triggers of 0002
 *   already refuse any later change to it.
 */
export const filing: Migration = {
  version: 5,
  name: 'filing',
  up(db) {
    db.exec(`
      ALTER TABLE companies ADD COLUMN corporate_number TEXT NOT NULL DEFAULT ''
        CHECK (corporate_number = '' OR (length(corporate_number) = 13 AND corporate_number NOT GLOB '*[^0-9]*'));
      ALTER TABLE companies ADD COLUMN industry TEXT NOT NULL DEFAULT '';
      ALTER TABLE companies ADD COLUMN contact_department TEXT NOT NULL DEFAULT '';
      ALTER TABLE companies ADD COLUMN contact_title TEXT NOT NULL DEFAULT '';
      ALTER TABLE companies ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';

      ALTER TABLE incidents ADD COLUMN pseudonymised INTEGER DEFAULT 0 CHECK (pseudonymised IN (0, 1));
      ALTER TABLE incidents ADD COLUMN discovered_by TEXT NOT NULL DEFAULT '';
      ALTER TABLE incidents ADD COLUMN medium TEXT NOT NULL DEFAULT ''
        CHECK (medium IN ('', 'electronic', 'paper', 'both'));
      ALTER TABLE incidents ADD COLUMN we_have_entrustee INTEGER NOT NULL DEFAULT 0 CHECK (we_have_entrustee IN (0, 1));
      ALTER TABLE incidents ADD COLUMN entrustee_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE incidents ADD COLUMN secondary_damage TEXT NOT NULL DEFAULT ''
        CHECK (secondary_damage IN ('', 'yes', 'no', 'unknown'));
      ALTER TABLE incidents ADD COLUMN individuals_response TEXT NOT NULL DEFAULT ''
        CHECK (individuals_response IN ('', 'done', 'planned', 'notPlanned'));
      ALTER TABLE incidents ADD COLUMN publication TEXT NOT NULL DEFAULT ''
        CHECK (publication IN ('', 'done', 'planned', 'notPlanned'));

      ALTER TABLE incident_notifications ADD COLUMN addressee TEXT NOT NULL DEFAULT ''
        CHECK (addressee IN ('', 'customers', 'users', 'members', 'employees', 'applicants', 'named'));
      ALTER TABLE incident_notifications ADD COLUMN addressee_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE incident_notifications ADD COLUMN letter TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(letter));
      ALTER TABLE incident_notifications ADD COLUMN filed TEXT CHECK (filed IS NULL OR json_valid(filed));
    `);
  },
};
