import type { Migration } from './migration';

/**
 * Policies (appi.md §5): a policy of a company, its versions, and each version's ordered sections.
 * - A version is a draft or published. A published version is evidence of what the business published
 *   (architecture rule 6): triggers refuse any UPDATE or DELETE of it, and any INSERT, UPDATE or DELETE of its
 *   sections, their structured rows and its acknowledgements, whoever tries — as for the audit log.
 * - At most one draft per policy (a partial unique index).
 * - A section's `section_id` is stable across versions (a new draft copies it), so versions diff section by section.
 * - Structured data lives in one child table per structure: purpose rows (Art. 17(1)), the joint-use items
 *   (Art. 27(5)(iii)), destinations abroad (Art. 28; Rule Art. 17), external transmissions (Telecommunications
 *   Business Act Art. 27-12), request procedures and their kinds (Art. 32(1)(iii), 38), revision dates, linked desks.
 *   Lists keep their order in `position`; a desk stays linked by id (RESTRICT: a desk a policy names stays).
 * - `policy_sections_fts` is an FTS5 trigram index of each section's headings and text (prose and structured data,
 *   ja and en), folded (NFKC, lower case) by the repository in the same transaction as the section; a trigger
 *   removes a section's entry when the section goes. Sections are never updated in place except for `position`.
 * - `content_hash` (per section, and per version over its sections in order) makes an unchanged autosave a no-op.
 */
const DATE = `'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const optionalDate = (column: string) => `${column} TEXT NOT NULL DEFAULT '' CHECK (${column} = '' OR ${column} GLOB ${DATE})`;
const texts = (...columns: string[]) => columns.map((column) => `${column} TEXT NOT NULL DEFAULT ''`).join(',\n        ');

const PUBLISHED_VERSION = (versionId: string) =>
  `EXISTS (SELECT 1 FROM policy_versions WHERE id = ${versionId} AND status = 'published')`;
const PUBLISHED_SECTION = (sectionRef: string) =>
  `EXISTS (SELECT 1 FROM policy_sections s JOIN policy_versions v ON v.id = s.version_id
           WHERE s.id = ${sectionRef} AND v.status = 'published')`;

/** BEFORE INSERT / UPDATE / DELETE triggers refusing changes to rows of a published version. */
function frozen(table: string, published: (ref: string) => string, column: string): string {
  const refuse = `SELECT RAISE(ABORT, 'a published policy version is immutable: start a new draft instead');`;
  return `
      CREATE TRIGGER ${table}_published_no_insert BEFORE INSERT ON ${table} WHEN ${published(`NEW.${column}`)}
      BEGIN ${refuse} END;
      CREATE TRIGGER ${table}_published_no_update BEFORE UPDATE ON ${table}
        WHEN ${published(`OLD.${column}`)} OR ${published(`NEW.${column}`)}
      BEGIN ${refuse} END;
      CREATE TRIGGER ${table}_published_no_delete BEFORE DELETE ON ${table} WHEN ${published(`OLD.${column}`)}
      BEGIN ${refuse} END;`;
}

/** A list of rows of one section, in order. */
function sectionList(table: string, columns: string): string {
  return `
      CREATE TABLE ${table} (
        section_ref INTEGER NOT NULL REFERENCES policy_sections (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        ${columns},
        PRIMARY KEY (section_ref, position)
      ) STRICT, WITHOUT ROWID;${frozen(table, PUBLISHED_SECTION, 'section_ref')}`;
}

/** The structured fields of one section (one row at most). */
function sectionRecord(table: string, columns: string): string {
  return `
      CREATE TABLE ${table} (
        section_ref INTEGER PRIMARY KEY REFERENCES policy_sections (id) ON DELETE CASCADE,
        ${columns}
      ) STRICT;${frozen(table, PUBLISHED_SECTION, 'section_ref')}`;
}

export const policies: Migration = {
  version: 3,
  name: 'policies',
  up(db) {
    db.exec(`
      CREATE TABLE policies (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN ('privacy_policy', 'basic_policy', 'external_transmission_notice', 'combined')),
        title_ja TEXT NOT NULL DEFAULT '',
        title_en TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX policies_by_company ON policies (company_id, id);

      CREATE TABLE policy_versions (
        id INTEGER PRIMARY KEY,
        policy_id INTEGER NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
        effective_on TEXT CHECK (effective_on IS NULL OR effective_on GLOB ${DATE}),
        ${texts('change_summary_ja', 'change_summary_en')},
        based_on_version_id INTEGER REFERENCES policy_versions (id),
        content_hash TEXT NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        published_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (policy_id, number),
        CHECK ((status = 'published') = (published_at IS NOT NULL)),
        CHECK (status = 'draft' OR effective_on IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX policy_versions_one_draft ON policy_versions (policy_id) WHERE status = 'draft';
      CREATE INDEX policy_versions_by_based_on ON policy_versions (based_on_version_id) WHERE based_on_version_id IS NOT NULL;

      CREATE TRIGGER policy_versions_published_no_update BEFORE UPDATE ON policy_versions WHEN OLD.status = 'published'
      BEGIN SELECT RAISE(ABORT, 'a published policy version is immutable: start a new draft instead'); END;
      CREATE TRIGGER policy_versions_published_no_delete BEFORE DELETE ON policy_versions WHEN OLD.status = 'published'
      BEGIN SELECT RAISE(ABORT, 'a published policy version is immutable: start a new draft instead'); END;

      -- The checker's missing rules the publisher confirmed; written before the status turns 'published'.
      CREATE TABLE policy_version_acknowledgements (
        version_id INTEGER NOT NULL REFERENCES policy_versions (id) ON DELETE CASCADE,
        rule_id TEXT NOT NULL CHECK (rule_id <> ''),
        PRIMARY KEY (version_id, rule_id)
      ) STRICT, WITHOUT ROWID;${frozen('policy_version_acknowledgements', PUBLISHED_VERSION, 'version_id')}

      CREATE TABLE policy_sections (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES policy_versions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        section_id TEXT NOT NULL CHECK (section_id <> '' AND length(section_id) <= 100),
        kind TEXT NOT NULL CHECK (kind IN (
          'basic_policy_statement', 'definitions', 'information_collected', 'collection_methods', 'purposes_of_use',
          'consent_items', 'third_party_provision', 'outsourcing', 'joint_use', 'cross_border', 'security_measures',
          'cookies', 'external_transmission', 'ai_processing', 'request_procedures', 'complaint_desk',
          'authorized_organization', 'incident_response', 'revisions', 'contact', 'custom')),
        ${texts('heading_ja', 'heading_en', 'body_ja', 'body_en')},
        content_hash TEXT NOT NULL,
        UNIQUE (version_id, section_id),
        UNIQUE (version_id, position)
      ) STRICT;${frozen('policy_sections', PUBLISHED_VERSION, 'version_id')}
      ${sectionList(
        'policy_purposes',
        `category TEXT CHECK (category IS NULL OR category IN
           ('customers', 'employees', 'applicants', 'suppliers', 'shareholders', 'inquirers', 'other')),
        ${texts('purpose_ja', 'purpose_en')}`,
      )}
      ${sectionRecord(
        'policy_joint_use',
        texts(
          'items_ja', 'items_en', 'users_ja', 'users_en', 'purposes_ja', 'purposes_en', 'responsible_name_ja',
          'responsible_name_en', 'responsible_address_ja', 'responsible_address_en', 'responsible_representative_ja',
          'responsible_representative_en',
        ),
      )}
      ${sectionList('policy_cross_border', texts('country_ja', 'country_en', 'regime_ja', 'regime_en', 'measures_ja', 'measures_en'))}
      ${sectionList(
        'policy_transmissions',
        texts('tool', 'recipient', 'data_sent_ja', 'data_sent_en', 'purpose_ja', 'purpose_en', 'opt_out_url'),
      )}
      ${sectionRecord(
        'policy_requests',
        `${texts('method_ja', 'method_en', 'identity_documents_ja', 'identity_documents_en')},
        fee_yen INTEGER CHECK (fee_yen IS NULL OR fee_yen BETWEEN 0 AND 1000000)`,
      )}
      ${sectionList(
        'policy_request_kinds',
        `request_kind TEXT NOT NULL CHECK (request_kind IN ('purpose_notification', 'disclosure', 'third_party_records',
           'correction', 'cessation_of_use', 'cessation_of_provision'))`,
      )}
      ${sectionRecord('policy_revisions', `${optionalDate('established_on')},\n        ${optionalDate('effective_on')}`)}
      ${sectionList('policy_revised_dates', optionalDate('revised_on'))}
      ${sectionList('policy_section_desks', 'desk_id INTEGER NOT NULL REFERENCES desks (id) ON DELETE RESTRICT')}
      CREATE INDEX policy_section_desks_by_desk ON policy_section_desks (desk_id);

      CREATE VIRTUAL TABLE policy_sections_fts USING fts5(heading, body, tokenize = 'trigram');
      CREATE TRIGGER policy_sections_fts_delete AFTER DELETE ON policy_sections
      BEGIN
        DELETE FROM policy_sections_fts WHERE rowid = OLD.id;
      END;
    `);
  },
};
