import type { Migration } from './migration';

/**
 * Two registers of issue 14: requests and complaints received at the desks (開示等請求・苦情, APPI Art. 32–40) and
 * the records of provision to and receipt from third parties (Art. 29, 30; Rule 19–24).
 * - Dates are Japan-time days 'YYYY-MM-DD' (CHECKed); text not provided is ''.
 * - A request keeps the desk's name as received, so deleting the desk later does not lose where it came in.
 * - A request's response target is stored with it (copied from the company's setting when it is received), so
 *   changing the setting later does not move the due date of requests already received.
 */
const DATE = `'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const date = (column: string) => `${column} TEXT CHECK (${column} IS NULL OR ${column} GLOB ${DATE})`;

export const requestsProvisions: Migration = {
  version: 8,
  name: 'requests-provisions',
  up(db) {
    db.exec(`
      CREATE TABLE request_settings (
        company_id INTEGER PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
        response_days INTEGER NOT NULL CHECK (response_days BETWEEN 1 AND 365)
      ) STRICT;

      CREATE TABLE data_requests (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
        receiving_desk_id INTEGER REFERENCES desks (id) ON DELETE SET NULL,
        desk_name TEXT NOT NULL DEFAULT '',
        received_on TEXT NOT NULL CHECK (received_on GLOB ${DATE}),
        channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'post', 'in_person', 'web_form', 'other')),
        requester TEXT NOT NULL DEFAULT '',
        requester_role TEXT NOT NULL CHECK (requester_role IN ('self', 'legal_representative', 'proxy', 'unknown')),
        request_kind TEXT NOT NULL CHECK (request_kind IN ('purpose_notice', 'disclosure', 'record_disclosure', 'correction',
          'cessation_of_use', 'cessation_of_provision', 'complaint', 'consultation')),
        request_summary TEXT NOT NULL CHECK (request_summary <> ''),
        disclosure_method TEXT NOT NULL DEFAULT '' CHECK (disclosure_method IN ('', 'electronic', 'paper', 'other')),
        identity_check TEXT NOT NULL CHECK (identity_check IN ('not_needed', 'pending', 'verified', 'failed')),
        identity_method TEXT NOT NULL DEFAULT '',
        fee_yen INTEGER NOT NULL DEFAULT 0 CHECK (fee_yen BETWEEN 0 AND 1000000),
        ${date('fee_received_on')},
        response_method TEXT NOT NULL DEFAULT '' CHECK (response_method IN ('', 'post', 'email', 'electronic', 'phone', 'in_person', 'other')),
        response_days INTEGER NOT NULL CHECK (response_days BETWEEN 1 AND 365),
        due_on TEXT NOT NULL CHECK (due_on GLOB ${DATE}),
        outcome TEXT NOT NULL CHECK (outcome IN ('pending', 'complied', 'partially_complied', 'refused', 'withdrawn')),
        ${date('closed_on')},
        answer TEXT NOT NULL DEFAULT '',
        refusal_reason TEXT NOT NULL DEFAULT '',
        refusal_citation TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((outcome = 'pending') = (closed_on IS NULL)),
        CHECK (closed_on IS NULL OR closed_on >= received_on)
      ) STRICT;
      CREATE INDEX data_requests_by_company ON data_requests (company_id, received_on DESC, id DESC);
      CREATE INDEX data_requests_open_due ON data_requests (due_on) WHERE outcome = 'pending';
      CREATE INDEX data_requests_by_desk ON data_requests (receiving_desk_id, received_on DESC) WHERE receiving_desk_id IS NOT NULL;

      CREATE TABLE data_request_steps (
        request_id INTEGER NOT NULL REFERENCES data_requests (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 49),
        done_on TEXT NOT NULL CHECK (done_on GLOB ${DATE}),
        step_note TEXT NOT NULL CHECK (step_note <> ''),
        PRIMARY KEY (request_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE provision_records (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
        direction TEXT NOT NULL CHECK (direction IN ('provided', 'received')),
        record_form TEXT NOT NULL CHECK (record_form IN ('per_provision', 'bundled', 'contract')),
        counterparty TEXT NOT NULL CHECK (counterparty <> ''),
        counterparty_address TEXT NOT NULL DEFAULT '',
        counterparty_representative TEXT NOT NULL DEFAULT '',
        first_on TEXT NOT NULL CHECK (first_on GLOB ${DATE}),
        last_on TEXT NOT NULL CHECK (last_on GLOB ${DATE} AND last_on >= first_on),
        recorded_on TEXT NOT NULL CHECK (recorded_on GLOB ${DATE}),
        person TEXT NOT NULL CHECK (person <> ''),
        provision_items TEXT NOT NULL CHECK (provision_items <> ''),
        provision_basis TEXT NOT NULL CHECK (provision_basis IN ('consent', 'opt_out')),
        provider_acquisition TEXT NOT NULL DEFAULT '',
        ppc_published INTEGER NOT NULL DEFAULT 0 CHECK (ppc_published IN (0, 1)),
        provision_note TEXT NOT NULL DEFAULT '',
        retain_until TEXT NOT NULL CHECK (retain_until GLOB ${DATE}),
        search_text TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX provision_records_by_company ON provision_records (company_id, last_on DESC, id DESC);
      CREATE INDEX provision_records_by_retention ON provision_records (retain_until);
    `);
  },
};
