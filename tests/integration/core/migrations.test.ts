import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { auditRowHash, GENESIS_HASH } from '../../../main/core/store/audit-hash';
import { APPLICATION_ID } from '../../../main/core/store/connection';
import { applyMigrations } from '../../../main/core/store/migrate';
import { LATEST_VERSION, migrations } from '../../../main/core/store/migrations';
import type { Migration } from '../../../main/core/store/migrations/migration';
import { openWorkspace } from '../../../main/core/store/workspace';
import { dumpData, rawConnection } from './db-helpers';
import { call, makeCore, tempDir } from './helpers';

const migrationsDir = path.resolve(__dirname, '../../../main/core/store/migrations');

/** Data as each released version stored it, written with that version's SQL; checked after upgrading. */
const seeds: Record<number, (db: Database.Database) => void> = {
  1: (db) => seedVersion1(db),
  2: (db) => {
    seedVersion1(db);
    db.exec(`
      INSERT INTO incidents (id, company_id, title, status, breach_kind, certainty, known_at, individuals_kind,
                             individuals, sensitive, high_level_encryption, reportable, triggers, created_at, updated_at)
        VALUES (1, 1, '旧版の事故', 'open', 'leak', 'confirmed', '2025-01-10T10:00:00+09:00', 'exact',
                3, 1, 0, 'yes', 1, '2025-01-10T01:00:00.000Z', '2025-01-10T01:00:00.000Z');
      INSERT INTO incident_data_items (incident_id, item) VALUES (1, 'medicalHistory');
      INSERT INTO incident_events (incident_id, event_kind, at, text, created_at)
        VALUES (1, 'discovery', '2025-01-10T10:00:00+09:00', '発見', '2025-01-10T01:00:00.000Z');
      INSERT INTO incident_notifications (incident_id, notification_kind, recipient, due_date, sent_at, method, created_at, updated_at)
        VALUES (1, 'ppc_preliminary', '個人情報保護委員会', '2025-01-14', '2025-01-11T09:00:00+09:00', 'web', '2025-01-10T01:00:00.000Z', '2025-01-11T00:00:00.000Z');
    `);
  },
  3: (db) => {
    seeds[2]!(db);
    // A policy published as version 1 (written as a draft, then published: the triggers then freeze it) and its new draft.
    db.exec(`
      INSERT INTO policies (id, company_id, kind, title_ja, created_at, updated_at)
        VALUES (1, 1, 'privacy_policy', '旧版のポリシー', '2025-02-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z');
      INSERT INTO policy_versions (id, policy_id, number, status, content_hash, created_at, updated_at)
        VALUES (1, 1, 1, 'draft', 'h1', '2025-02-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z');
      INSERT INTO policy_sections (id, version_id, position, section_id, kind, heading_ja, body_ja, content_hash)
        VALUES (1, 1, 0, 'purposes', 'purposes_of_use', '利用目的', '次の目的で利用します。', 's1'),
               (2, 1, 1, 'desk', 'complaint_desk', '苦情・相談窓口', '', 's2');
      INSERT INTO policy_purposes (section_ref, position, category, purpose_ja) VALUES (1, 0, 'customers', '商品の発送のため');
      INSERT INTO policy_section_desks (section_ref, position, desk_id) VALUES (2, 0, 1);
      INSERT INTO policy_sections_fts (rowid, heading, body) VALUES (1, '利用目的', '次の目的で利用します。'), (2, '苦情・相談窓口', '');
      UPDATE policy_versions SET status = 'published', effective_on = '2025-04-01', published_at = '2025-02-02T00:00:00.000Z',
        updated_at = '2025-02-02T00:00:00.000Z' WHERE id = 1;
      INSERT INTO policy_versions (id, policy_id, number, status, based_on_version_id, content_hash, created_at, updated_at)
        VALUES (2, 1, 2, 'draft', 1, 'h2', '2025-03-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z');
    `);
  },
  4: (db) => {
    seeds[3]!(db);
    // Derived under other rules than today's: opening derives the open incident again (incidents/rederive.test.ts).
    db.exec(`INSERT INTO workspace_meta (key, value) VALUES ('rules_fingerprint', 'r0.older');`);
  },
  5: (db) => {
    seeds[4]!(db);
    // The reporter fields of the PPC form, and a sent 速報 whose filed content was frozen (migration 0005).
    db.exec(`
      UPDATE companies SET corporate_number = '1234567890123', industry = '小売業', contact_department = '総務部' WHERE id = 1;
      UPDATE incidents SET medium = 'electronic', secondary_damage = 'unknown' WHERE id = 1;
    `);
  },
  // Version 6 chains the audit trail (migration 0006): the seed's audit row is written with its hashes (seedAudit).
  6: (db) => seeds[5]!(db),
  // Version 7 indexes the incidents' search text (migration 0007); the seed's incident is written as before.
  7: (db) => seeds[6]!(db),
  8: (db) => {
    seeds[7]!(db);
    // The requests-and-complaints log and the third-party provision records (migration 0008).
    db.exec(`
      INSERT INTO request_settings (company_id, response_days) VALUES (1, 10);
      INSERT INTO data_requests (id, company_id, receiving_desk_id, desk_name, received_on, channel, requester_role,
                                 request_kind, request_summary, identity_check, response_days, due_on, outcome,
                                 created_at, updated_at)
        VALUES (1, 1, 1, '旧窓口', '2025-03-01', 'post', 'self', 'disclosure', '購入履歴の開示', 'verified', 10,
                '2025-03-11', 'pending', '2025-03-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z');
      INSERT INTO data_request_steps (request_id, position, done_on, step_note) VALUES (1, 0, '2025-03-02', '本人確認書類を受領');
      INSERT INTO provision_records (id, company_id, direction, record_form, counterparty, first_on, last_on, recorded_on,
                                     person, provision_items, provision_basis, retain_until, created_at, updated_at)
        VALUES (1, 1, 'provided', 'per_provision', '配送会社', '2025-03-05', '2025-03-05', '2025-03-05', '会員A-1',
                '氏名、住所', 'consent', '2028-03-05', '2025-03-05T00:00:00.000Z', '2025-03-05T00:00:00.000Z');
    `);
  },
  9: (db) => {
    seeds[8]!(db);
    // Sections keep the numbers their source gives them (migration 0009): the draft's article as written.
    db.exec(`
      INSERT INTO policy_sections (id, version_id, position, section_id, kind, heading_ja, body_ja, numbering, content_hash)
        VALUES (3, 2, 0, 'purposes', 'purposes_of_use', '第6条（利用目的）', '次の目的で利用します。', 'as_written', 's3');
      INSERT INTO policy_sections_fts (rowid, heading, body) VALUES (3, '第6条（利用目的）', '次の目的で利用します。');
    `);
  },
  10: (db) => {
    seeds[9]!(db);
    // The personal-data inventory and the entrustees (migration 0010): an entrustee with a check, an entry entrusted to
    // it and touched by the seed's incident.
    db.exec(`
      INSERT INTO entrustees (id, company_id, name, re_entrustment, next_check_on, created_at, updated_at)
        VALUES (1, 1, '旧委託先', 'prohibited', '2026-03-01', '2025-03-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z');
      INSERT INTO entrustee_clauses (entrustee_id, clause) VALUES (1, 'confidentiality');
      INSERT INTO entrustee_checks (entrustee_id, position, kind, checked_on, method, result)
        VALUES (1, 0, 'selection', '2025-03-01', 'questionnaire', 'suitable');
      INSERT INTO inventory_entries (id, company_id, name, people_count, acquisition, medium, last_reviewed_on,
                                     next_review_on, created_at, updated_at)
        VALUES (1, 1, '旧会員名簿', 300, 'direct_written', 'electronic', '2025-03-01', '2026-03-01',
                '2025-03-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z');
      INSERT INTO inventory_items (entry_id, item) VALUES (1, 'name'), (1, 'email');
      INSERT INTO inventory_entrustees (entry_id, entrustee_id) VALUES (1, 1);
      INSERT INTO incident_inventory (incident_id, entry_id) VALUES (1, 1);
    `);
  },
  // Version 11 indexes the sections' one- and two-character words (migration 0011); the seed's sections are written
  // as before.
  11: (db) => seeds[10]!(db),
  // Version 12 widens the incident list's indexes (migration 0012); the rows are written as before.
  12: (db) => seeds[11]!(db),
  // Version 13 indexes the sent statutory reports (migration 0013).
  13: (db) => seeds[12]!(db),
  // Version 14 counts the incidents known per day (migration 0014): its triggers count the seed's incident as written.
  14: (db) => seeds[13]!(db),
};

function seedVersion1(db: Database.Database): void {
  db.exec(`
      INSERT INTO companies (id, legal_name_ja, phone, authorized_org_member, created_at, updated_at)
        VALUES (1, '株式会社旧版', '03-1111-2222', 0, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z');
      INSERT INTO desks (id, company_id, kind, name_ja, reception_days, created_at, updated_at)
        VALUES (1, 1, 'own', '旧窓口', 5, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z');
      INSERT INTO desk_phones (desk_id, position, label, number) VALUES (1, 0, '代表', '0120-111-222');
      INSERT INTO desk_languages (desk_id, language) VALUES (1, 'en'), (1, 'ja');
    `);
  seedAudit(db);
}

/** The company's audit row; from version 6 on with its place in the hash chain (migration 0006), as that version writes it. */
function seedAudit(db: Database.Database): void {
  const row = { id: 1, at: '2024-01-01T00:00:00.000Z', actor: 'old', operation: 'companies.create', entity: 'company', entityId: 1, after: '{"id":1}' };
  const chained = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('audit_log') as string[]).includes('hash');
  if (!chained) {
    db.prepare(`INSERT INTO audit_log (id, at, actor, operation, entity, entity_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, NULL, ?)`)
      .run(row.id, row.at, row.actor, row.operation, row.entity, row.entityId, row.after);
    return;
  }
  const text = (value: string) => Buffer.from(value, 'utf8');
  const hash = auditRowHash({
    id: row.id, at: text(row.at), actor: text(row.actor), operation: text(row.operation), entity: text(row.entity),
    entityId: row.entityId, beforeJson: null, afterJson: text(row.after), prevHash: text(GENESIS_HASH),
  });
  db.prepare(`INSERT INTO audit_log (id, at, actor, operation, entity, entity_id, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`)
    .run(row.id, row.at, row.actor, row.operation, row.entity, row.entityId, row.after, GENESIS_HASH, hash);
}

/** A workspace file as version `version` left it, with that version's sample data. */
function buildAtVersion(file: string, version: number): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  applyMigrations(db, migrations, version);
  seeds[version]?.(db);
  db.close();
}

describe('the migration list', () => {
  it('lists every file of the migrations folder, numbered 1, 2, 3 … without gaps', () => {
    const files = fs
      .readdirSync(migrationsDir)
      .filter((name) => /^\d{4}-/.test(name))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    expect(files).toEqual(migrations.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}.ts`));
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
    expect(LATEST_VERSION).toBe(migrations.length);
  });

  it('has sample data for every released version an upgrade can start from', () => {
    for (let v = 1; v < LATEST_VERSION; v++) expect(seeds[v], `seed for version ${v}`).toBeTypeOf('function');
    expect(seeds[LATEST_VERSION], 'seed for the latest version').toBeTypeOf('function');
  });
});

describe('migrating', () => {
  it('creates a missing file at the latest version, marked as a workspace, with the pragmas', async () => {
    const file = path.join(tempDir(), 'new.sqlite');
    const connection = await openWorkspace(file);
    try {
      const db = connection.db;
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      // Short, so another program's lock answers "busy, try again" instead of freezing every request.
      expect(db.pragma('busy_timeout', { simple: true })).toBe(250);
      expect(connection.schemaVersion()).toBe(LATEST_VERSION);
    } finally {
      connection.close();
    }
    // A new file has nothing to back up.
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('.backup-'))).toEqual([]);
  });

  it.each([
    ['an empty (0-byte) file', (file: string) => fs.writeFileSync(file, '')],
    [
      'an SQLite file without tables',
      (file: string) => {
        const db = new Database(file);
        db.exec('CREATE TABLE t (x); DROP TABLE t;');
        db.close();
      },
    ],
    [
      'a workspace whose creation stopped before the first migration (version 0)',
      (file: string) => {
        const db = new Database(file);
        db.pragma(`application_id = ${APPLICATION_ID}`);
        db.close();
      },
    ],
  ])('upgrades %s to the latest version without a backup', async (_label, make) => {
    const dir = tempDir();
    const file = path.join(dir, 'v0.sqlite');
    make(file);
    const connection = await openWorkspace(file, { mode: 'open' });
    expect(connection.schemaVersion()).toBe(LATEST_VERSION);
    connection.close();
    expect(fs.readdirSync(dir).filter((n) => n.includes('.backup-'))).toEqual([]);
  });

  // One test per released version below the latest; none exist until migration 0002 lands.
  const earlier = Array.from({ length: LATEST_VERSION - 1 }, (_, i) => i + 1);
  for (const version of earlier) it(`upgrades a version-${version} workspace, keeping its data`, async () => {
    const { dir } = await makeCore();
    const file = path.join(dir, `v${version}.sqlite`);
    buildAtVersion(file, version);
    const { core } = await makeCore({ workspacePath: file });
    expect(core.workspace().schemaVersion).toBe(LATEST_VERSION);
    expect(core.workspace().backups).toHaveLength(1);
    expect((await call(core, 'companies.get', { id: 1 })).legalNameJa).toBe('株式会社旧版');
  });

  it('indexes the search text of incidents written before version 7, so the text filter still finds them', async () => {
    const { dir } = await makeCore();
    const file = path.join(dir, 'v6-search.sqlite');
    buildAtVersion(file, 6);
    const db = new Database(file);
    db.exec(`UPDATE incidents SET search_text = '旧版の事故' || char(10) || 'vpn機器' WHERE id = 1`);
    db.close();
    const { core } = await makeCore({ workspacePath: file });
    const ids = async (query: string) => (await call(core, 'incidents.list', { query })).items.map((item) => item.id);
    expect(await ids('旧版の事')).toEqual([1]);
    expect(await ids('vpn')).toEqual([1]);
    expect(await ids('事故')).toEqual([1]);
    expect(await ids('新版の事')).toEqual([]);
  });

  it('indexes the policy sections written before version 11, so a two-character word is found through the index', async () => {
    const { dir } = await makeCore();
    const file = path.join(dir, 'v9-short-words.sqlite');
    buildAtVersion(file, 9);
    const { core } = await makeCore({ workspacePath: file });
    const sections = async (query: string) => (await call(core, 'policies.search', { query })).items.map((hit) => [hit.versionId, hit.sectionId]);
    // Newest section first: version 2's 第6条（利用目的） (seed 9), then version 1's 利用目的 (seed 3).
    expect(await sections('目的')).toEqual([[2, 'purposes'], [1, 'purposes']]);
    expect(await sections('的')).toEqual([[2, 'purposes'], [1, 'purposes']]);
    expect(await sections('窓口')).toEqual([[1, 'desk']]);
    expect(await sections('鯨')).toEqual([]);
  });

  it('reads the sections of a version-8 workspace as numbered automatically, as they were printed', async () => {
    const { dir } = await makeCore();
    const file = path.join(dir, 'v8-numbering.sqlite');
    buildAtVersion(file, 8);
    const { core } = await makeCore({ workspacePath: file });
    const published = await call(core, 'policyVersions.get', { id: 1 });
    expect(published.sections.map((section) => section.numbering)).toEqual(['auto', 'auto']);
  });

  it('opens a latest-version workspace without migrating or backing up, keeping its data', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'current.sqlite');
    buildAtVersion(file, LATEST_VERSION);
    const { core } = await makeCore({ workspacePath: file });
    const desk = await call(core, 'desks.get', { id: 1 });
    expect(desk).toMatchObject({
      nameJa: '旧窓口',
      companyName: '株式会社旧版',
      receptionDays: ['mon', 'wed'],
      phones: [{ label: '代表', number: '0120-111-222' }],
      languages: ['ja', 'en'],
    });
    const incident = await call(core, 'incidents.get', { id: 1 });
    expect(incident).toMatchObject({ title: '旧版の事故', companyName: '株式会社旧版', dataItems: ['medicalHistory'] });
    expect(incident.assessment).toMatchObject({ reportable: 'yes', triggers: ['sensitive'] });
    const policy = await call(core, 'policies.get', { id: 1 });
    expect(policy).toMatchObject({ titleJa: '旧版のポリシー', latestPublished: { versionId: 1, effectiveOn: '2025-04-01' }, draftVersionId: 2 });
    const published = await call(core, 'policyVersions.get', { id: 1 });
    expect(published.sections).toMatchObject([{ kind: 'purposes_of_use', rows: [{ category: 'customers', purposeJa: '商品の発送のため' }] }, { deskIds: [1] }]);
    expect((await call(core, 'policies.search', { query: '次の目的' })).items.map((hit) => hit.versionId).sort()).toEqual([1, 2]);
    expect((await call(core, 'policyVersions.get', { id: 2 })).sections).toMatchObject([{ headingJa: '第6条（利用目的）', numbering: 'as_written' }]);
    expect(core.workspace().backups).toEqual([]);
  });
});

describe('backup before migrating', () => {
  const addNotes: Migration = {
    version: LATEST_VERSION + 1,
    name: 'add-notes',
    up: (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT'),
  };
  const broken: Migration = {
    version: LATEST_VERSION + 1,
    name: 'broken',
    up: (db) => {
      db.exec('DELETE FROM desk_phones');
      throw new Error('migration failed halfway');
    },
  };

  async function existingWorkspace() {
    const { core, dir, workspacePath } = await makeCore();
    const company = await call(core, 'companies.create', { legalNameJa: '株式会社バックアップ' });
    await call(core, 'desks.create', { companyId: company.id, kind: 'own', nameJa: '窓口', phones: [{ label: '', number: '03-1234-5678' }] });
    core.close();
    const before = dumpData(rawConnection(workspacePath, { readonly: true }));
    return { dir, workspacePath, before };
  }

  it('copies the data to <file>.backup-v<old>-<time>.sqlite before the first pending migration runs', async () => {
    const { dir, workspacePath, before } = await existingWorkspace();
    const connection = await openWorkspace(workspacePath, {
      migrations: [...migrations, addNotes],
      now: () => new Date('2025-06-30T12:34:56.789Z'),
    });
    expect(connection.schemaVersion()).toBe(LATEST_VERSION + 1);
    connection.close();

    const backup = path.join(dir, `workspace.sqlite.backup-v${LATEST_VERSION}-20250630T123456789Z.sqlite`);
    expect(fs.existsSync(backup)).toBe(true);
    const copy = rawConnection(backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(dumpData(copy)).toEqual(before);
    expect(dumpData(copy)).not.toHaveProperty('notes');
  });

  it('leaves the workspace at its old version with its data when a migration fails, and keeps the backup', async () => {
    const { dir, workspacePath, before } = await existingWorkspace();
    await expect(openWorkspace(workspacePath, { migrations: [...migrations, broken] })).rejects.toThrow('migration failed halfway');
    const db = rawConnection(workspacePath, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(dumpData(db)).toEqual(before);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith(`workspace.sqlite.backup-v${LATEST_VERSION}-`))).toHaveLength(1);
  });

  it('lists the backups in workspace.info, newest first, and ignores other files', async () => {
    const { core, workspacePath } = await makeCore();
    const older = `${workspacePath}.backup-v1-20240101T000000000Z.sqlite`;
    const newer = `${workspacePath}.backup-v2-20250101T000000000Z.sqlite`;
    for (const name of [older, newer, `${workspacePath}.backup-unrelated.sqlite`, `${workspacePath}x.backup-v1-20260101T000000000Z.sqlite`]) {
      fs.writeFileSync(name, '');
    }
    expect((await call(core, 'workspace.info', {})).backups).toEqual([newer, older]);
  });
});
