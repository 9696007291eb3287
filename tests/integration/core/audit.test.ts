import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCompany } from '../../../main/core/companies/service';
import { createDesksInBulk } from '../../../main/core/desks/service';
import { execute } from '../../../main/core/store/connection';
import { sql } from '../../../main/core/store/sql';
import { openWorkspace } from '../../../main/core/store/workspace';
import { writeWithAudit } from '../../../main/core/store/write';
import { companyInput } from '../../../shared/domain/company';
import { deskInput } from '../../../shared/domain/desk';
import { countRows, rawConnection } from './db-helpers';
import { call, failure, makeCore, sampleCompany, sampleDesk, tempDir } from './helpers';

interface AuditRowView {
  at: string;
  actor: string;
  operation: string;
  entity: string;
  entity_id: number | null;
  before: unknown;
  after: unknown;
}

function auditRows(file: string): AuditRowView[] {
  const rows = rawConnection(file, { readonly: true })
    .prepare('SELECT at, actor, operation, entity, entity_id, before_json, after_json FROM audit_log ORDER BY id')
    .all() as (Omit<AuditRowView, 'before' | 'after'> & { before_json: string | null; after_json: string | null })[];
  return rows.map(({ before_json, after_json, ...rest }) => ({
    ...rest,
    before: before_json === null ? null : JSON.parse(before_json),
    after: after_json === null ? null : JSON.parse(after_json),
  }));
}

describe('one audit row per write, in the same transaction', () => {
  it('records create, update and delete of a company with who, when, what, before and after', async () => {
    const { core, workspacePath } = await makeCore({ osUser: 'os-account' });
    const created = await call(core, 'companies.create', sampleCompany());
    const updated = await call(core, 'companies.update', { ...sampleCompany({ legalNameEn: 'Renamed K.K.' }), id: created.id, revision: 1 });
    await call(core, 'companies.delete', { id: created.id, revision: updated.revision });

    const rows = auditRows(workspacePath);
    expect(rows.map((r) => [r.operation, r.entity, r.entity_id])).toEqual([
      ['companies.create', 'company', created.id],
      ['companies.update', 'company', created.id],
      ['companies.delete', 'company', created.id],
    ]);
    const { deskCount: _c, ...createdState } = created;
    const { deskCount: _u, ...updatedState } = updated;
    expect(rows[0]).toMatchObject({ actor: 'os-account', at: created.createdAt, before: null, after: createdState });
    expect(rows[1]).toMatchObject({ at: updated.updatedAt, before: createdState, after: updatedState });
    expect(rows[2]).toMatchObject({ before: updatedState, after: null });
    for (const row of rows) expect(row.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('records desks the same way and names the Settings user when one is set', async () => {
    const { core, workspacePath } = await makeCore({ osUser: 'os-account' });
    await call(core, 'settings.update', { userName: '佐藤 花子', language: 'ja' });
    const company = await call(core, 'companies.create', sampleCompany());
    const desk = await call(core, 'desks.create', sampleDesk(company.id));
    await call(core, 'desks.update', { ...sampleDesk(company.id, { hoursTo: '18:00' }), id: desk.id, revision: desk.revision });
    await call(core, 'desks.delete', { id: desk.id, revision: desk.revision + 1 });

    const [renamed, ...rows] = auditRows(workspacePath);
    // Naming the operator is itself audited, by the name in effect until then.
    expect(renamed).toMatchObject({ operation: 'settings.update', actor: 'os-account', after: { userName: '佐藤 花子' } });
    expect(rows.map((r) => r.operation)).toEqual(['companies.create', 'desks.create', 'desks.update', 'desks.delete']);
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['佐藤 花子']));
    const { companyName: _n, ...deskState } = desk;
    expect(rows[1]!.after).toEqual(deskState);
    expect(rows[2]!.before).toEqual(deskState);
    expect(rows[2]!.after).toMatchObject({ hoursTo: '18:00', revision: 2 });
    expect(rows[3]).toMatchObject({ entity: 'desk', entity_id: desk.id, after: null });
  });

  it('writes nothing, not even an audit row, when an operation fails', async () => {
    const { core, workspacePath } = await makeCore();
    const company = await call(core, 'companies.create', sampleCompany());
    const desk = await call(core, 'desks.create', sampleDesk(company.id));
    const count = auditRows(workspacePath).length;

    await failure(core, 'desks.create', sampleDesk(999));
    await failure(core, 'desks.update', { ...sampleDesk(company.id), id: desk.id, revision: desk.revision + 1 });
    await failure(core, 'desks.delete', { id: 999, revision: 1 });
    await failure(core, 'companies.delete', { id: company.id, revision: company.revision });
    await failure(core, 'companies.create', { legalNameJa: '' });

    expect(auditRows(workspacePath)).toHaveLength(count);
  });

  it('does not record an update that changes nothing, and keeps the revision', async () => {
    const { core, workspacePath } = await makeCore();
    const company = await call(core, 'companies.create', sampleCompany());
    const same = await call(core, 'companies.update', { ...sampleCompany(), id: company.id, revision: company.revision });
    expect(same).toEqual(company);
    expect(auditRows(workspacePath)).toHaveLength(1);
  });

  it("records the company a desk deletion changes: its reference to the desk is cleared in a new revision", async () => {
    const { core, workspacePath } = await makeCore();
    const org = await call(core, 'companies.create', sampleCompany({ legalNameJa: '一般財団法人 認定団体' }));
    const orgDesk = await call(core, 'desks.create', sampleDesk(org.id, { kind: 'authorized_org' }));
    const member = await call(core, 'companies.create', {
      ...sampleCompany({ legalNameJa: '株式会社会員' }),
      authorizedOrgMember: true,
      authorizedOrgNameJa: '一般財団法人 認定団体',
      authorizedOrgDeskId: orgDesk.id,
    });
    await call(core, 'desks.delete', { id: orgDesk.id, revision: orgDesk.revision });

    const after = await call(core, 'companies.get', { id: member.id });
    expect(after).toMatchObject({ authorizedOrgDeskId: null, revision: member.revision + 1 });
    const rows = auditRows(workspacePath).filter((r) => r.operation === 'desks.delete');
    expect(rows.map((r) => [r.entity, r.entity_id])).toEqual([
      ['company', member.id],
      ['desk', orgDesk.id],
    ]);
    expect(rows[0]).toMatchObject({ before: { authorizedOrgDeskId: orgDesk.id }, after: { authorizedOrgDeskId: null } });
  });
});

describe('rollback', () => {
  it('a bulk create that fails on its third desk leaves no desk and no audit row', async () => {
    const file = path.join(tempDir(), 'bulk.sqlite');
    const connection = await openWorkspace(file);
    const scope = { db: () => connection.db, actor: () => 'tester', now: () => new Date('2025-04-01T00:00:00.000Z') };
    try {
      const company = createCompany(scope, companyInput.parse(sampleCompany()));
      const desks = [company.id, company.id, 999].map((id) => deskInput.parse(sampleDesk(id)));
      let thrown: unknown;
      try {
        createDesksInBulk(scope, desks);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ code: 'validation', path: [2, 'companyId'] });
      const raw = rawConnection(file, { readonly: true });
      expect(countRows(raw, 'desks')).toBe(0);
      expect(countRows(raw, 'desk_phones')).toBe(0);
      expect(countRows(raw, 'audit_log')).toBe(1); // only the company's
    } finally {
      connection.close();
    }
  });

  it('writeWithAudit rolls back rows and audit rows when the write throws afterwards', async () => {
    const file = path.join(tempDir(), 'rollback.sqlite');
    const connection = await openWorkspace(file);
    const meta = { actor: 'tester', operation: 'companies.create', at: '2025-04-01T00:00:00.000Z' };
    try {
      expect(() =>
        writeWithAudit(connection.db, meta, (tx) => {
          execute(tx.db, sql`INSERT INTO companies (legal_name_ja, created_at, updated_at) VALUES ('途中', ${tx.at}, ${tx.at})`);
          tx.record({ entity: 'company', entityId: 1, before: null, after: { legalNameJa: '途中' } });
          throw new Error('disk full');
        }),
      ).toThrow('disk full');
      const raw = rawConnection(file, { readonly: true });
      expect(countRows(raw, 'companies')).toBe(0);
      expect(countRows(raw, 'audit_log')).toBe(0);
    } finally {
      connection.close();
    }
  });

  it('writeWithAudit refuses a write that records no audit row, or records one entity twice', async () => {
    const file = path.join(tempDir(), 'forgot.sqlite');
    const connection = await openWorkspace(file);
    const meta = { actor: 'tester', operation: 'companies.create', at: '2025-04-01T00:00:00.000Z' };
    try {
      expect(() =>
        writeWithAudit(connection.db, meta, (tx) => {
          execute(tx.db, sql`INSERT INTO companies (legal_name_ja, created_at, updated_at) VALUES ('無記録', ${tx.at}, ${tx.at})`);
        }),
      ).toThrow(/without an audit row/);
      expect(() =>
        writeWithAudit(connection.db, meta, (tx) => {
          tx.record({ entity: 'company', entityId: 1, before: null, after: {} });
          tx.record({ entity: 'company', entityId: 1, before: null, after: {} });
        }),
      ).toThrow(/twice/);
      const raw = rawConnection(file, { readonly: true });
      expect(countRows(raw, 'companies')).toBe(0);
      expect(countRows(raw, 'audit_log')).toBe(0);
    } finally {
      connection.close();
    }
  });
});

describe('audit.list', () => {
  it('lists newest first with the operation titled in both languages, filtered by entity and id', async () => {
    const { core } = await makeCore();
    const a = await call(core, 'companies.create', sampleCompany({ legalNameJa: '株式会社A' }));
    const b = await call(core, 'companies.create', sampleCompany({ legalNameJa: '株式会社B' }));
    await call(core, 'desks.create', sampleDesk(a.id));
    await call(core, 'companies.update', { ...sampleCompany({ legalNameJa: '株式会社A2' }), id: a.id, revision: 1 });

    const all = await call(core, 'audit.list', {});
    expect(all.total).toBe(4);
    expect(all.items.map((e) => e.operation)).toEqual(['companies.update', 'desks.create', 'companies.create', 'companies.create']);
    expect(all.items[1]!.summary).toEqual({ ja: '窓口を追加', en: 'Add a desk' });

    const ofA = await call(core, 'audit.list', { entity: 'company', entityId: a.id });
    expect(ofA.items.map((e) => e.operation)).toEqual(['companies.update', 'companies.create']);
    expect(ofA.items[0]!.before).toMatchObject({ legalNameJa: '株式会社A' });
    expect(ofA.items[0]!.after).toMatchObject({ legalNameJa: '株式会社A2' });

    const searched = await call(core, 'audit.list', { query: '株式会社B' });
    expect(searched.items.map((e) => e.entityId)).toEqual([b.id]);

    const page = await call(core, 'audit.list', { limit: 2, offset: 2 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.items.map((e) => e.id)).toEqual([all.items[2]!.id, all.items[3]!.id]);
  });
});
