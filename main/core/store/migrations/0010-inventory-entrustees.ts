import type { Migration } from './migration';

/**
 * Two registers of issue 14: the personal-data inventory (個人情報管理台帳, JIS Q 15001; the basis of the safety
 * measures of APPI Art. 23) and the entrustees that handle the data (委託先, Art. 25 supervision), with the
 * inventory entries an incident touches.
 * - Dates are Japan-time days 'YYYY-MM-DD' (CHECKed); text not provided is ''; a count not known is NULL.
 * - Sets and lists (subjects, items, purposes, clauses, checks) are child rows, not JSON in a column.
 * - `next_review_on` and `next_check_on` are derived by the core on every write, so the dashboard finds what is
 *   overdue by index at any size.
 * - An entrustee linked from the inventory, or an entry linked from an incident, cannot be deleted: the core refuses
 *   with the field named (RESTRICT here is the last guard).
 * The item codes are this migration's own copy of the incident items' list (frozen, as migration.ts asks).
 */
const DATE = `'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const date = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR ${column} GLOB ${DATE})`;
const flag = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;
const ITEMS = `'name', 'address', 'phone', 'email', 'birthDate', 'gender', 'photo', 'employeeNumber', 'loginCredentials',
  'purchaseHistory', 'location', 'driverLicense', 'passport', 'myNumber', 'creditCard', 'cardSecurityCode',
  'bankAccount', 'onlineBanking', 'paymentCredentials', 'race', 'creed', 'socialStatus', 'medicalHistory',
  'healthCheck', 'genome', 'disability', 'criminalRecord', 'criminalProcedure', 'crimeVictim'`;

export const inventoryEntrustees: Migration = {
  version: 10,
  name: 'inventory-entrustees',
  up(db) {
    db.exec(`
      CREATE TABLE inventory_entries (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
        name TEXT NOT NULL CHECK (name <> ''),
        subjects_note TEXT NOT NULL DEFAULT '',
        people_count INTEGER CHECK (people_count IS NULL OR people_count >= 0),
        acquisition TEXT NOT NULL CHECK (acquisition IN ('direct_written', 'direct_other', 'third_party', 'public', 'entrusted', 'other')),
        acquisition_note TEXT NOT NULL DEFAULT '',
        medium TEXT NOT NULL CHECK (medium IN ('electronic', 'paper', 'both')),
        storage_system TEXT NOT NULL DEFAULT '',
        storage_location TEXT NOT NULL DEFAULT '',
        storage_country TEXT NOT NULL DEFAULT '',
        access_scope TEXT NOT NULL DEFAULT '',
        retention TEXT NOT NULL DEFAULT '',
        disposal TEXT NOT NULL DEFAULT '',
        ${flag('third_party_provision')},
        third_party_note TEXT NOT NULL DEFAULT '',
        ${flag('joint_use')},
        joint_use_note TEXT NOT NULL DEFAULT '',
        ${flag('abroad')},
        abroad_note TEXT NOT NULL DEFAULT '',
        risks TEXT NOT NULL DEFAULT '',
        measures_organizational TEXT NOT NULL DEFAULT '',
        measures_human TEXT NOT NULL DEFAULT '',
        measures_physical TEXT NOT NULL DEFAULT '',
        measures_technical TEXT NOT NULL DEFAULT '',
        owner_department TEXT NOT NULL DEFAULT '',
        ${date('last_reviewed_on')},
        review_months INTEGER NOT NULL DEFAULT 12 CHECK (review_months BETWEEN 1 AND 60),
        ${date('next_review_on')},
        search_text TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX inventory_by_company_name ON inventory_entries (company_id, name, id);
      CREATE INDEX inventory_by_name ON inventory_entries (name, id);
      CREATE INDEX inventory_by_review ON inventory_entries (coalesce(next_review_on, '0000-01-01'), id);

      CREATE TABLE inventory_subjects (
        entry_id INTEGER NOT NULL REFERENCES inventory_entries (id) ON DELETE CASCADE,
        subject TEXT NOT NULL CHECK (subject IN ('customers', 'prospects', 'members', 'employees', 'former_employees',
          'applicants', 'business_contacts', 'shareholders', 'family', 'other')),
        PRIMARY KEY (entry_id, subject)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE inventory_items (
        entry_id INTEGER NOT NULL REFERENCES inventory_entries (id) ON DELETE CASCADE,
        item TEXT NOT NULL CHECK (item IN (${ITEMS})),
        PRIMARY KEY (entry_id, item)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE inventory_other_items (
        entry_id INTEGER NOT NULL REFERENCES inventory_entries (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 49),
        label TEXT NOT NULL CHECK (label <> ''),
        ${flag('sensitive')},
        PRIMARY KEY (entry_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE inventory_purposes (
        entry_id INTEGER NOT NULL REFERENCES inventory_entries (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 29),
        purpose TEXT NOT NULL CHECK (purpose <> ''),
        PRIMARY KEY (entry_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE entrustees (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
        name TEXT NOT NULL CHECK (name <> ''),
        address TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        work TEXT NOT NULL DEFAULT '',
        ${date('contract_on')},
        ${date('contract_until')},
        contract_ref TEXT NOT NULL DEFAULT '',
        re_entrustment TEXT NOT NULL CHECK (re_entrustment IN ('none', 'prohibited', 'with_consent', 'exists')),
        re_entrustment_note TEXT NOT NULL DEFAULT '',
        check_months INTEGER NOT NULL DEFAULT 12 CHECK (check_months BETWEEN 1 AND 60),
        ${date('ended_on')},
        ${date('next_check_on')},
        note TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX entrustees_by_company_name ON entrustees (company_id, name, id);
      CREATE INDEX entrustees_by_check ON entrustees (next_check_on, id) WHERE ended_on IS NULL;

      CREATE TABLE entrustee_clauses (
        entrustee_id INTEGER NOT NULL REFERENCES entrustees (id) ON DELETE CASCADE,
        clause TEXT NOT NULL CHECK (clause IN ('safety_measures', 'confidentiality', 'purpose_limit', 're_entrustment',
          'breach_report', 'audit_right', 'return_deletion', 'reporting', 'liability')),
        PRIMARY KEY (entrustee_id, clause)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE entrustee_checks (
        entrustee_id INTEGER NOT NULL REFERENCES entrustees (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 199),
        kind TEXT NOT NULL CHECK (kind IN ('selection', 'periodic', 'ad_hoc')),
        checked_on TEXT NOT NULL CHECK (checked_on GLOB ${DATE}),
        method TEXT NOT NULL CHECK (method IN ('questionnaire', 'on_site', 'document', 'certification', 'other')),
        result TEXT NOT NULL CHECK (result IN ('suitable', 'needs_improvement', 'unsuitable')),
        checked_by TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        ${date('next_due_on')},
        PRIMARY KEY (entrustee_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE inventory_entrustees (
        entry_id INTEGER NOT NULL REFERENCES inventory_entries (id) ON DELETE CASCADE,
        entrustee_id INTEGER NOT NULL REFERENCES entrustees (id) ON DELETE RESTRICT,
        PRIMARY KEY (entry_id, entrustee_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX inventory_entrustees_by_entrustee ON inventory_entrustees (entrustee_id, entry_id);

      CREATE TABLE incident_inventory (
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        entry_id INTEGER NOT NULL REFERENCES inventory_entries (id) ON DELETE RESTRICT,
        PRIMARY KEY (incident_id, entry_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX incident_inventory_by_entry ON incident_inventory (entry_id, incident_id);
    `);
  },
};
