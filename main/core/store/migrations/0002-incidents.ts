import type { Migration } from './migration';

/**
 * Breach incidents (APPI Art. 26; Rule Arts. 7–10), their timeline and their notifications.
 * - Instants are Japan time with the offset, 'YYYY-MM-DDTHH:MM:SS+09:00' (CHECKed), so the text sorts as time does
 *   and the Japan-time day of knowing — day 1 of Rule Art. 8's clock — is its first ten characters (`known_on`).
 * - Facts that may be unknown are NULL (0/1 otherwise); text not provided is ''.
 * - `reportable`, `triggers` (bit 0 sensitive, 1 financialRisk, 2 wrongfulPurpose, 3 volume) and `next_deadline`
 *   are derived by the core on every write so the list can filter and sort 100k incidents by index.
 * - The timeline is append-only and a sent notification is immutable: triggers refuse the change whoever tries,
 *   as for the audit log. Timeline events go only with their incident (a cascade runs after the parent is gone).
 */
const INSTANT = `'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]+09:00'`;
const DATE = `'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const fact = (column: string) => `${column} INTEGER CHECK (${column} IN (0, 1))`;

export const incidents: Migration = {
  version: 2,
  name: 'incidents',
  up(db) {
    db.exec(`
      CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
        title TEXT NOT NULL CHECK (title <> ''),
        status TEXT NOT NULL CHECK (status IN ('open', 'contained', 'reported', 'closed')),
        breach_kind TEXT NOT NULL CHECK (breach_kind IN ('leak', 'loss', 'damage')),
        certainty TEXT NOT NULL CHECK (certainty IN ('confirmed', 'suspected')),
        occurred_at TEXT CHECK (occurred_at IS NULL OR occurred_at GLOB ${INSTANT}),
        discovered_at TEXT CHECK (discovered_at IS NULL OR discovered_at GLOB ${INSTANT}),
        known_at TEXT NOT NULL CHECK (known_at GLOB ${INSTANT}),
        known_on TEXT GENERATED ALWAYS AS (substr(known_at, 1, 10)) VIRTUAL,
        known_by TEXT NOT NULL DEFAULT '',
        how_discovered TEXT NOT NULL DEFAULT '',
        ${fact('sensitive')},
        ${fact('financial_risk')},
        ${fact('wrongful_purpose')},
        -- Left out = personal data held (the usual case), as in shared/appi's facts; NULL = not yet known.
        being_acquired INTEGER DEFAULT 0 CHECK (being_acquired IN (0, 1)),
        individuals_kind TEXT NOT NULL CHECK (individuals_kind IN ('exact', 'estimate', 'unknown')),
        individuals INTEGER CHECK (individuals IS NULL OR individuals >= 0),
        individuals_upper_bound INTEGER CHECK (individuals_upper_bound IS NULL OR individuals_upper_bound >= 0),
        ${fact('high_level_encryption')},
        ${fact('key_leaked')},
        we_are_entrustee INTEGER NOT NULL DEFAULT 0 CHECK (we_are_entrustee IN (0, 1)),
        entrustor_name TEXT NOT NULL DEFAULT '',
        entrustor_notified_at TEXT CHECK (entrustor_notified_at IS NULL OR entrustor_notified_at GLOB ${INSTANT}),
        delegated_ministry TEXT NOT NULL DEFAULT '',
        report_overview TEXT NOT NULL DEFAULT '',
        report_items TEXT NOT NULL DEFAULT '',
        report_individuals TEXT NOT NULL DEFAULT '',
        report_cause TEXT NOT NULL DEFAULT '',
        report_secondary_damage TEXT NOT NULL DEFAULT '',
        report_response TEXT NOT NULL DEFAULT '',
        report_publication TEXT NOT NULL DEFAULT '',
        report_prevention TEXT NOT NULL DEFAULT '',
        report_other TEXT NOT NULL DEFAULT '',
        reportable TEXT NOT NULL CHECK (reportable IN ('yes', 'no', 'undetermined')),
        triggers INTEGER NOT NULL DEFAULT 0 CHECK (triggers BETWEEN 0 AND 15),
        next_deadline TEXT CHECK (next_deadline IS NULL OR next_deadline GLOB ${DATE}),
        next_deadline_kind TEXT,
        search_text TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((individuals_kind = 'unknown') = (individuals IS NULL)),
        CHECK ((next_deadline IS NULL) = (next_deadline_kind IS NULL))
      ) STRICT;
      -- None last: the list's "by next deadline" order is this expression, so the indexes serve it directly.
      -- No index leads with status: four values select too little, and one misleads the planner into sorting every
      -- open incident instead of walking the deadline order and stopping at the page's end (bench/incidents.bench.ts).
      CREATE INDEX incidents_by_company_deadline ON incidents (company_id, coalesce(next_deadline, '9999-12-31'), id);
      CREATE INDEX incidents_by_deadline ON incidents (coalesce(next_deadline, '9999-12-31'), id);
      CREATE INDEX incidents_by_known ON incidents (known_at, id);
      CREATE INDEX incidents_by_company_known ON incidents (company_id, known_at, id);

      CREATE TABLE incident_data_items (
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        item TEXT NOT NULL CHECK (item IN (
          'name', 'address', 'phone', 'email', 'birthDate', 'gender', 'photo', 'employeeNumber', 'loginCredentials',
          'purchaseHistory', 'location', 'driverLicense', 'passport', 'myNumber', 'creditCard', 'cardSecurityCode',
          'bankAccount', 'onlineBanking', 'paymentCredentials', 'race', 'creed', 'socialStatus', 'medicalHistory',
          'healthCheck', 'genome', 'disability', 'criminalRecord', 'criminalProcedure', 'crimeVictim')),
        PRIMARY KEY (incident_id, item)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE incident_other_items (
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 29),
        label TEXT NOT NULL CHECK (label <> ''),
        PRIMARY KEY (incident_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE incident_events (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        event_kind TEXT NOT NULL CHECK (event_kind IN ('discovery', 'containment', 'finding', 'decision', 'communication', 'other')),
        at TEXT NOT NULL CHECK (at GLOB ${INSTANT}),
        text TEXT NOT NULL CHECK (text <> ''),
        by_whom TEXT NOT NULL DEFAULT '',
        corrects_event_id INTEGER REFERENCES incident_events (id),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX incident_events_by_incident ON incident_events (incident_id, at, id);
      CREATE INDEX incident_events_by_corrected ON incident_events (corrects_event_id) WHERE corrects_event_id IS NOT NULL;

      CREATE TRIGGER incident_events_no_update BEFORE UPDATE ON incident_events
      BEGIN
        SELECT RAISE(ABORT, 'incident_events is append-only: add a correcting event instead');
      END;
      CREATE TRIGGER incident_events_no_delete BEFORE DELETE ON incident_events
        WHEN EXISTS (SELECT 1 FROM incidents WHERE id = OLD.incident_id)
      BEGIN
        SELECT RAISE(ABORT, 'incident_events is append-only: add a correcting event instead');
      END;

      CREATE TABLE incident_notifications (
        id INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        notification_kind TEXT NOT NULL
          CHECK (notification_kind IN ('ppc_preliminary', 'ppc_final', 'individuals_notice', 'entrustor', 'other')),
        recipient TEXT NOT NULL DEFAULT '',
        alternative_measure INTEGER NOT NULL DEFAULT 0 CHECK (alternative_measure IN (0, 1)),
        method TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        due_date TEXT CHECK (due_date IS NULL OR due_date GLOB ${DATE}),
        target_date TEXT CHECK (target_date IS NULL OR target_date GLOB ${DATE}),
        due_basis_ja TEXT NOT NULL DEFAULT '',
        due_basis_en TEXT NOT NULL DEFAULT '',
        sent_at TEXT CHECK (sent_at IS NULL OR sent_at GLOB ${INSTANT}),
        reference_number TEXT NOT NULL DEFAULT '',
        document TEXT NOT NULL DEFAULT '',
        combined_with_preliminary INTEGER NOT NULL DEFAULT 0 CHECK (combined_with_preliminary IN (0, 1)),
        corrects_notification_id INTEGER REFERENCES incident_notifications (id),
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (sent_at IS NOT NULL OR combined_with_preliminary = 0),
        CHECK (sent_at IS NULL OR method <> '')
      ) STRICT;
      CREATE INDEX incident_notifications_by_incident ON incident_notifications (incident_id, notification_kind, id);
      CREATE INDEX incident_notifications_by_corrected ON incident_notifications (corrects_notification_id)
        WHERE corrects_notification_id IS NOT NULL;

      -- A sent notification is evidence (architecture rule 6): refuse any change to it and its deletion.
      CREATE TRIGGER incident_notifications_sent_no_update BEFORE UPDATE ON incident_notifications
        WHEN OLD.sent_at IS NOT NULL
      BEGIN
        SELECT RAISE(ABORT, 'a sent notification is immutable: record a correction as a new notification');
      END;
      CREATE TRIGGER incident_notifications_sent_no_delete BEFORE DELETE ON incident_notifications
        WHEN OLD.sent_at IS NOT NULL
      BEGIN
        SELECT RAISE(ABORT, 'a sent notification is immutable: record a correction as a new notification');
      END;
    `);
  },
};
