import { describe, expect, it } from 'vitest';
import type { EntrusteeInput } from '../../../shared/domain/entrustee';
import { call, failure } from '../core/helpers';
import { incidentCore, refusedWithoutWriting } from '../incidents/helpers';

/** 委託先 (Art. 25) through the dispatcher: checks, the next due date, the due filter, and what blocks a delete. */
const entrustee = (companyId: number, overrides: Partial<EntrusteeInput> = {}): EntrusteeInput => ({
  companyId,
  entrusteeName: '株式会社配送センター',
  entrusteeAddress: '埼玉県川口市1-2-3',
  entrustedWork: '商品の発送',
  contractOn: '2025-04-01',
  clauses: ['confidentiality', 'safety_measures', 'return_deletion'],
  reEntrustment: 'prohibited',
  ...overrides,
});

const check = (checkedOn: string, overrides = {}) => ({
  checkKind: 'periodic' as const,
  checkedOn,
  checkMethod: 'questionnaire' as const,
  checkResult: 'suitable' as const,
  ...overrides,
});

describe('entrustees', () => {
  it('keeps checks oldest first and derives the next check from the latest one', async () => {
    const { core, company } = await incidentCore('2026-12-29T01:00:00.000Z');
    const created = await call(
      core,
      'entrustees.create',
      entrustee(company.id, { checks: [check('2026-04-10'), check('2025-03-20', { checkKind: 'selection' })] }),
    );
    expect(created.clauses).toEqual(['safety_measures', 'confidentiality', 'return_deletion']);
    expect(created.checks.map((c) => c.checkedOn)).toEqual(['2025-03-20', '2026-04-10']);
    expect(created.nextCheckOn).toBe('2027-04-10');
    const sooner = await call(core, 'entrustees.update', {
      ...entrustee(company.id),
      id: created.id,
      revision: created.revision,
      checks: [...created.checks, check('2026-12-01', { checkResult: 'needs_improvement', nextDueOn: '2027-03-01' })],
    });
    expect(sooner).toMatchObject({ nextCheckOn: '2027-03-01', revision: 2 });
  });

  it('lists as due those never checked or overdue, not those ended', async () => {
    const { core, company } = await incidentCore('2026-12-29T01:00:00.000Z');
    await call(core, 'entrustees.create', entrustee(company.id, { entrusteeName: '未点検の委託先' }));
    await call(core, 'entrustees.create', entrustee(company.id, { entrusteeName: '期限切れの委託先', checks: [check('2025-11-30')] }));
    await call(core, 'entrustees.create', entrustee(company.id, { entrusteeName: '点検済みの委託先', checks: [check('2026-10-01')] }));
    await call(core, 'entrustees.create', entrustee(company.id, { entrusteeName: '終了した委託先', endedOn: '2026-03-31' }));
    const due = await call(core, 'entrustees.list', { checkDue: true });
    expect(due.items.map((e) => e.entrusteeName)).toEqual(['未点検の委託先', '期限切れの委託先']);
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const { core, company, workspacePath } = await incidentCore('2026-12-29T01:00:00.000Z');
    const order = await refusedWithoutWriting(core, workspacePath, 'entrustees.create', entrustee(company.id, { contractUntil: '2024-03-31' }));
    expect(order.issues?.[0]?.path).toEqual(['contractUntil']);
    expect(order.issues?.[0]?.message.ja).toContain('契約期間の終了日');
    const reEntrusted = await refusedWithoutWriting(core, workspacePath, 'entrustees.create', entrustee(company.id, { reEntrustment: 'exists' }));
    expect(reEntrusted.issues?.[0]).toMatchObject({ path: ['reEntrustmentNote'], message: { en: 'Enter the re-entrustee and details.' } });
    const future = await refusedWithoutWriting(core, workspacePath, 'entrustees.create', entrustee(company.id, { checks: [check('2027-01-10')] }));
    expect(future.path).toEqual(['checks', 0, 'checkedOn']);
    const result = await refusedWithoutWriting(core, workspacePath, 'entrustees.create', entrustee(company.id, { checks: [check('2026-01-10', { checkResult: 'ok' })] }));
    expect(result.issues?.[0]?.path).toEqual(['checks', 0, 'checkResult']);
  });

  it('cannot be deleted while inventory entries are entrusted to it; shows them', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const made = await call(core, 'entrustees.create', entrustee(company.id));
    const inventoryEntry = await call(core, 'inventory.create', {
      companyId: company.id,
      entryName: '配送先リスト',
      acquisition: 'direct_written',
      storageMedium: 'electronic',
      entrusteeIds: [made.id],
    });
    expect(inventoryEntry.entrusteeNames).toEqual(['株式会社配送センター']);
    const read = await call(core, 'entrustees.get', { id: made.id });
    expect(read.entries).toEqual([{ id: inventoryEntry.id, entryName: '配送先リスト' }]);
    const refused = await refusedWithoutWriting(core, workspacePath, 'entrustees.delete', { id: made.id, revision: made.revision });
    expect(refused.message.en).toContain('1 inventory entries');
    await call(core, 'inventory.delete', { id: inventoryEntry.id, revision: inventoryEntry.revision });
    expect(await call(core, 'entrustees.delete', { id: made.id, revision: made.revision })).toEqual({ id: made.id });
    expect((await failure(core, 'entrustees.get', { id: made.id })).code).toBe('not_found');
  });
});
