import type { Migration } from './migration';

/**
 * Companies, their complaint desks and the audit trail. Optional text is '' NOT NULL (never NULL) so the
 * store, forms and exports treat "not provided" one way. `search_text` holds the searchable fields folded
 * (NFKC, lower case) by the repositories, so a search is one LIKE over one column.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE companies (
        id INTEGER PRIMARY KEY,
        legal_name_ja TEXT NOT NULL CHECK (legal_name_ja <> ''),
        legal_name_en TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '' CHECK (postal_code = '' OR postal_code GLOB '[0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
        address_ja TEXT NOT NULL DEFAULT '',
        address_en TEXT NOT NULL DEFAULT '',
        representative_title_ja TEXT NOT NULL DEFAULT '',
        representative_title_en TEXT NOT NULL DEFAULT '',
        representative_name_ja TEXT NOT NULL DEFAULT '',
        representative_name_en TEXT NOT NULL DEFAULT '',
        protection_manager_title TEXT NOT NULL DEFAULT '',
        protection_manager_name TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        authorized_org_member INTEGER NOT NULL DEFAULT 0 CHECK (authorized_org_member IN (0, 1)),
        authorized_org_name_ja TEXT NOT NULL DEFAULT '',
        authorized_org_name_en TEXT NOT NULL DEFAULT '',
        authorized_org_desk_id INTEGER REFERENCES desks (id) ON DELETE SET NULL,
        privacy_mark_number TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX companies_by_name ON companies (legal_name_ja, id);
      CREATE INDEX companies_by_authorized_org_desk ON companies (authorized_org_desk_id)
        WHERE authorized_org_desk_id IS NOT NULL;

      CREATE TABLE desks (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN ('own', 'authorized_org', 'other')),
        name_ja TEXT NOT NULL CHECK (name_ja <> ''),
        name_en TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        person_in_charge TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        postal_code TEXT NOT NULL DEFAULT '' CHECK (postal_code = '' OR postal_code GLOB '[0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
        address_ja TEXT NOT NULL DEFAULT '',
        address_en TEXT NOT NULL DEFAULT '',
        -- Bit 0 = Monday … bit 6 = Sunday.
        reception_days INTEGER NOT NULL DEFAULT 0 CHECK (reception_days BETWEEN 0 AND 127),
        closed_on_holidays INTEGER NOT NULL DEFAULT 1 CHECK (closed_on_holidays IN (0, 1)),
        hours_from TEXT NOT NULL DEFAULT '' CHECK (hours_from = '' OR hours_from GLOB '[0-2][0-9]:[0-5][0-9]'),
        hours_to TEXT NOT NULL DEFAULT '' CHECK (hours_to = '' OR hours_to GLOB '[0-2][0-9]:[0-5][0-9]'),
        reception_note_ja TEXT NOT NULL DEFAULT '',
        reception_note_en TEXT NOT NULL DEFAULT '',
        inquiry_form_url TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX desks_by_company ON desks (company_id, name_ja, id);

      CREATE TABLE desk_phones (
        desk_id INTEGER NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 9),
        label TEXT NOT NULL DEFAULT '',
        number TEXT NOT NULL CHECK (number <> ''),
        PRIMARY KEY (desk_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE desk_languages (
        desk_id INTEGER NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
        language TEXT NOT NULL CHECK (language IN ('ja', 'en', 'zh', 'ko', 'pt', 'es', 'vi', 'th', 'id', 'tl', 'ne', 'fr', 'de')),
        PRIMARY KEY (desk_id, language)
      ) STRICT, WITHOUT ROWID;

      -- Evidence: rows are only ever inserted. entity_id is no foreign key, because the entity may be deleted later.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
        actor TEXT NOT NULL CHECK (actor <> ''),
        operation TEXT NOT NULL CHECK (operation <> ''),
        entity TEXT NOT NULL CHECK (entity <> ''),
        entity_id INTEGER,
        before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
        after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json)),
        CHECK (before_json IS NOT NULL OR after_json IS NOT NULL)
      ) STRICT;
      CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
    `);
  },
};
