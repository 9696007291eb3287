import { describe, expect, it } from 'vitest';
import type { InventoryInput } from '../../../shared/domain/inventory';
import { call, failure } from '../core/helpers';
import { cardLeak, incidentCore, raw, refusedWithoutWriting } from '../incidents/helpers';

/** 個人情報管理台帳 through the dispatcher: validation naming the field, audited writes, the review mark, incident links. */
const entry = (companyId: number, overrides: Partial<InventoryInput> = {}): InventoryInput => ({
  companyId,
  entryName: '通販サイト会員情報',
  subjects: ['members', 'customers'],
  heldItems: ['email', 'name', 'creditCard'],
  peopleCount: 12000,
  purposes: ['商品の発送', '新商品のご案内'],
  acquisition: 'direct_written',
  storageMedium: 'electronic',
  storageSystem: '会員管理システム',
  storageLocation: 'AWS東京リージョン',
  accessScope: 'EC事業部の担当者5名',
  retention: '退会後3年',
  disposal: 'データベースから削除',
  measuresTechnical: 'アクセス制御、通信の暗号化',
  ownerDepartment: 'EC事業部',
  ...overrides,
});

function auditRows(file: string, entity: string) {
  const db = raw(file);
  const rows = db.prepare('SELECT operation, entity_id FROM audit_log WHERE entity = ? ORDER BY id').all(entity);
  db.close();
  return rows;
}

describe('inventory', () => {
  it('creates an entry with its sets in canonical order and an audit row, and lists it', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const created = await call(core, 'inventory.create', entry(company.id));
    expect(created).toMatchObject({
      entryName: '通販サイト会員情報',
      subjects: ['customers', 'members'],
      heldItems: ['name', 'email', 'creditCard'],
      companyName: '株式会社サンプル',
      lastReviewedOn: null,
      nextReviewOn: null,
      revision: 1,
    });
    expect(auditRows(workspacePath, 'inventory_entry')).toEqual([{ operation: 'inventory.create', entity_id: created.id }]);
    const list = await call(core, 'inventory.list', { query: '会員' });
    expect(list).toMatchObject({ total: 1, totalCapped: false, items: [{ id: created.id, sensitive: false, peopleCount: 12000 }] });
  });

  it('lists each entry with the same facts as the entry itself', async () => {
    const { core, company } = await incidentCore();
    const other = await call(core, 'companies.create', { legalNameJa: '株式会社別会社' });
    await call(core, 'inventory.create', entry(company.id));
    await call(core, 'inventory.create', entry(other.id, { entryName: '健康診断結果', heldItems: ['name', 'healthCheck'], peopleCount: null, ownerDepartment: '人事部', lastReviewedOn: '2026-06-30' }));
    await call(core, 'inventory.create', entry(company.id, { entryName: '応募者情報', heldItems: ['name'], otherHeldItems: [{ itemName: '職務経歴', itemSensitive: false }], peopleCount: 40 }));
    const { items } = await call(core, 'inventory.list', {});
    expect(items).toHaveLength(3);
    const fields = ['id', 'companyId', 'companyName', 'entryName', 'peopleCount', 'heldItems', 'otherHeldItems', 'ownerDepartment', 'lastReviewedOn', 'nextReviewOn', 'revision'] as const;
    for (const item of items) {
      const full = await call(core, 'inventory.get', { id: item.id });
      expect(Object.keys(item).sort()).toEqual([...fields, 'sensitive'].sort());
      for (const field of fields) expect(item[field], `${item.entryName}: ${field}`).toEqual(full[field]);
    }
    // The entries differ in each field, so a column read into the wrong field would show.
    for (const field of ['companyId', 'companyName', 'entryName', 'peopleCount', 'ownerDepartment', 'lastReviewedOn', 'sensitive'] as const) {
      expect(new Set(items.map((item) => JSON.stringify(item[field]))).size, field).toBeGreaterThan(1);
    }
  });

  it('refuses bad input naming the field in Japanese and English, writing nothing', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const empty = await refusedWithoutWriting(core, workspacePath, 'inventory.create', entry(company.id, { entryName: '  ' }));
    expect(empty.issues?.[0]).toMatchObject({ path: ['entryName'], message: { ja: '個人情報の名称が入力されていません。', en: 'Enter the name of the data set.' } });
    const abroad = await refusedWithoutWriting(core, workspacePath, 'inventory.create', entry(company.id, { abroad: true }));
    expect(abroad.issues?.[0]?.path).toEqual(['abroadNote']);
    expect(abroad.issues?.[0]?.message.ja).toContain('提供先の国・内容');
    const count = await refusedWithoutWriting(core, workspacePath, 'inventory.create', entry(company.id, { peopleCount: -1 }));
    expect(count.issues?.[0]?.message.en).toContain('number of people');
    const entrustee = await refusedWithoutWriting(core, workspacePath, 'inventory.create', entry(company.id, { entrusteeIds: [99] }));
    expect(entrustee.issues?.[0]?.path).toEqual(['entrusteeIds', 0]);
  });

  it('marks an entry reviewed, which sets the next review a year on; a due filter lists what needs review', async () => {
    const { core, company } = await incidentCore('2026-12-29T01:00:00.000Z');
    const never = await call(core, 'inventory.create', entry(company.id, { entryName: '応募者情報' }));
    const old = await call(core, 'inventory.create', entry(company.id, { entryName: '従業員名簿', lastReviewedOn: '2025-12-01' }));
    const fresh = await call(core, 'inventory.create', entry(company.id, { entryName: '株主名簿', lastReviewedOn: '2026-06-30' }));
    expect(old.nextReviewOn).toBe('2026-12-01');
    const due = await call(core, 'inventory.list', { reviewDue: true });
    expect(due.items.map((item) => item.entryName)).toEqual(['応募者情報', '従業員名簿']);
    const marked = await call(core, 'inventory.markReviewed', { id: never.id, revision: never.revision });
    expect(marked).toMatchObject({ lastReviewedOn: '2026-12-29', nextReviewOn: '2027-12-29', revision: 2 });
    const future = await failure(core, 'inventory.markReviewed', { id: fresh.id, revision: 1, reviewedOn: '2027-01-05' });
    expect(future.path).toEqual(['reviewedOn']);
    expect((await call(core, 'inventory.list', { reviewDue: true })).items.map((item) => item.entryName)).toEqual(['従業員名簿']);
  });

  it('links an incident to the entries it touches and proposes its items and an upper bound of people', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const members = await call(core, 'inventory.create', entry(company.id));
    const health = await call(
      core,
      'inventory.create',
      entry(company.id, {
        entryName: '健康診断結果',
        heldItems: ['name', 'healthCheck'],
        otherHeldItems: [{ itemName: '産業医の所見', itemSensitive: true }],
        peopleCount: 180,
      }),
    );
    const uncounted = await call(core, 'inventory.create', entry(company.id, { entryName: '名刺情報', heldItems: ['phone'], peopleCount: null }));
    const incident = await call(core, 'incidents.create', cardLeak(company.id));
    const linked = await call(core, 'inventory.linkIncident', { incidentId: incident.id, entryIds: [health.id, members.id, uncounted.id] });
    expect(linked.entries.map((e) => e.entryName)).toEqual(['健康診断結果', '名刺情報', '通販サイト会員情報']);
    expect(linked.proposal).toEqual({
      dataItems: ['name', 'phone', 'email', 'creditCard', 'healthCheck'],
      otherDataItems: ['産業医の所見'],
      sensitive: true,
      individualsUpperBound: 12180,
      uncountedEntries: ['名刺情報'],
    });
    expect(await call(core, 'inventory.incidentLinks', { incidentId: incident.id })).toEqual(linked);
    expect(auditRows(workspacePath, 'incident_inventory')).toEqual([{ operation: 'inventory.linkIncident', entity_id: incident.id }]);
    // Linked, the entry is evidence of what the incident touched: it cannot be deleted.
    const refused = await refusedWithoutWriting(core, workspacePath, 'inventory.delete', { id: members.id, revision: members.revision });
    expect(refused.message.ja).toContain('1件のインシデント');
    await call(core, 'inventory.linkIncident', { incidentId: incident.id, entryIds: [health.id] });
    expect(await call(core, 'inventory.delete', { id: members.id, revision: members.revision })).toEqual({ id: members.id });
  });

  it("refuses another company's entry for an incident", async () => {
    const { core, company, workspacePath } = await incidentCore();
    const other = await call(core, 'companies.create', { legalNameJa: '別会社株式会社' });
    const foreign = await call(core, 'inventory.create', entry(other.id));
    const incident = await call(core, 'incidents.create', cardLeak(company.id));
    const refused = await refusedWithoutWriting(core, workspacePath, 'inventory.linkIncident', { incidentId: incident.id, entryIds: [foreign.id] });
    expect(refused.path).toEqual(['entryIds', 0]);
  });
});
