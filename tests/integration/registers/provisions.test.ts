import { describe, expect, it } from 'vitest';
import type { ProvisionInput } from '../../../shared/domain/provision-record';
import { call, failure, makeCore, sampleCompany } from '../core/helpers';

/** The steppingClock starts at 2025-04-01 (Japan time). */
async function withCompany() {
  const made = await makeCore();
  const company = await call(made.core, 'companies.create', sampleCompany());
  return { ...made, company };
}

const provided = (companyId: number, overrides: Partial<ProvisionInput> = {}): ProvisionInput => ({
  companyId,
  direction: 'provided',
  recordForm: 'per_provision',
  counterparty: '株式会社物流パートナー',
  firstOn: '2025-03-10',
  person: '会員番号 A-10293',
  provisionItems: '氏名、住所、電話番号',
  provisionBasis: 'consent',
  ...overrides,
});

const received = (companyId: number, overrides: Partial<ProvisionInput> = {}): ProvisionInput => ({
  companyId,
  direction: 'received',
  recordForm: 'bundled',
  counterparty: '名簿販売株式会社',
  counterpartyAddress: '大阪府大阪市北区梅田1-1-1',
  counterpartyRepresentative: '代表取締役 佐藤 一郎',
  firstOn: '2024-05-01',
  lastOn: '2025-02-28',
  recordedOn: '2024-05-01',
  person: '2024年度展示会来場者名簿の掲載者',
  provisionItems: '氏名、勤務先、メールアドレス',
  provisionBasis: 'opt_out',
  providerAcquisition: '展示会の来場登録フォームで本人から取得（提供元の説明による）',
  ppcPublished: true,
  ...overrides,
});

describe('third-party provision records', () => {
  it('records a provision with its retention computed: three years from the day the record was made', async () => {
    const { core, company } = await withCompany();
    const record = await call(core, 'provisions.create', provided(company.id));
    expect(record).toMatchObject({ lastOn: '2025-03-10', recordedOn: '2025-03-10', retainUntil: '2028-03-10', retentionYears: 3, revision: 1 });
    expect(await call(core, 'provisions.get', { id: record.id })).toEqual(record);
    const audit = (await call(core, 'audit.list', { entity: 'provision', entityId: record.id })).items;
    expect(audit.map((entry) => entry.operation)).toEqual(['provisions.create']);
  });

  it('records a bundled receipt with the Art. 30 confirmation items, kept three years from the last receipt', async () => {
    const { core, company } = await withCompany();
    const record = await call(core, 'provisions.create', received(company.id));
    expect(record).toMatchObject({ retainUntil: '2028-02-28', counterpartyAddress: '大阪府大阪市北区梅田1-1-1', ppcPublished: true });
  });

  it('refuses a receipt without the provider address or how they obtained it, naming each field', async () => {
    const { core, company } = await withCompany();
    const error = await failure(core, 'provisions.create', received(company.id, { counterpartyAddress: '', providerAcquisition: '' }));
    expect(error.issues?.map((issue) => issue.path.join('.'))).toEqual(['counterpartyAddress', 'providerAcquisition']);
    expect(error.issues?.[1]?.message.ja).toContain('提供元による取得の経緯');
    expect(error.issues?.[1]?.message.en).toContain("provider's account of how it obtained the data");
    expect((await call(core, 'provisions.list', {})).total).toBe(0);
  });

  it('refuses dates that cannot be, and nothing is written', async () => {
    const { core, company } = await withCompany();
    const cases: [Partial<ProvisionInput>, string][] = [
      [{ firstOn: '2025-04-02' }, 'firstOn'], // after today
      [{ lastOn: '2025-03-01' }, 'lastOn'], // before the first
      [{ lastOn: '2025-03-20' }, 'lastOn'], // a per-provision record covers one day
      [{ ppcPublished: true }, 'ppcPublished'],
      [{ counterparty: '' }, 'counterparty'],
    ];
    for (const [overrides, field] of cases) {
      const error = await failure(core, 'provisions.create', provided(company.id, overrides));
      const issue = error.issues?.find((i) => i.path.join('.') === field) ?? (error.path.join('.') === field ? error : undefined);
      expect(issue, `${field}: ${JSON.stringify(error)}`).toBeDefined();
    }
    expect((await call(core, 'audit.list', { entity: 'provision' })).total).toBe(0);
  });

  it('lists the records past retention for deletion, oldest first, and recomputes retention on update', async () => {
    const { core, company } = await withCompany();
    // The contract as record, last provision 2024-03-01: kept through 2025-03-01, deletable on 2025-04-01.
    const expired = await call(core, 'provisions.create', provided(company.id, { recordForm: 'contract', firstOn: '2023-06-01', lastOn: '2024-03-01' }));
    const kept = await call(core, 'provisions.create', provided(company.id));
    const due = await call(core, 'provisions.list', { pastRetention: true });
    expect(due.items.map((record) => record.id)).toEqual([expired.id]);
    expect(expired.retainUntil).toBe('2025-03-01');
    // Switching it to a bundled record makes it three years: no longer due for deletion.
    const updated = await call(core, 'provisions.update', {
      ...provided(company.id, { recordForm: 'bundled', firstOn: '2023-06-01', lastOn: '2024-03-01' }),
      id: expired.id,
      revision: expired.revision,
    });
    expect(updated).toMatchObject({ retainUntil: '2027-03-01', retentionYears: 3, revision: 2 });
    expect((await call(core, 'provisions.list', { pastRetention: true })).total).toBe(0);
    expect((await call(core, 'provisions.list', { direction: 'provided' })).items.map((r) => r.id)).toEqual([kept.id, expired.id]);
    await call(core, 'provisions.delete', { id: kept.id, revision: kept.revision });
    expect((await call(core, 'provisions.list', {})).total).toBe(1);
  });
});
