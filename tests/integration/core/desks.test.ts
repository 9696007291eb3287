import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { call, failure, makeCore, sampleCompany, sampleDesk } from './helpers';

async function withCompany() {
  const made = await makeCore();
  const company = await call(made.core, 'companies.create', sampleCompany());
  return { ...made, company };
}

describe('desks', () => {
  it('creates a desk with its phones, days, hours and languages, named after its company', async () => {
    const { core, company } = await withCompany();
    const desk = await call(
      core,
      'desks.create',
      sampleDesk(company.id, {
        phones: [
          { label: '代表', number: '0120123456' },
          { label: '携帯', number: '+81 90 1234 5678' },
        ],
        receptionDays: ['fri', 'mon', 'sat'],
        languages: ['en', 'ja', 'zh'],
        hoursFrom: '９:００',
        closedOnHolidays: false,
      }),
    );
    expect(desk).toMatchObject({
      companyId: company.id,
      companyName: '株式会社サンプル',
      phones: [
        { label: '代表', number: '0120-123-456' },
        { label: '携帯', number: '090-1234-5678' },
      ],
      receptionDays: ['mon', 'fri', 'sat'],
      languages: ['ja', 'en', 'zh'],
      hoursFrom: '09:00',
      closedOnHolidays: false,
      revision: 1,
    });
    expect(contract['desks.get'].output.safeParse(desk).success).toBe(true);
    expect(await call(core, 'desks.get', { id: desk.id })).toEqual(desk);
    expect(await call(core, 'companies.get', { id: company.id })).toMatchObject({ deskCount: 1 });
  });

  it('defaults to Japanese, closed on holidays, no phones', async () => {
    const { core, company } = await withCompany();
    const desk = await call(core, 'desks.create', { companyId: company.id, kind: 'other', nameJa: '最小' });
    expect(desk).toMatchObject({ phones: [], languages: ['ja'], receptionDays: [], closedOnHolidays: true, email: '' });
  });

  it("refuses a desk whose company does not exist, naming companyId", async () => {
    const { core } = await withCompany();
    const error = await failure(core, 'desks.create', sampleDesk(999));
    expect(error).toMatchObject({ code: 'validation', path: ['companyId'] });
    expect(error.message.ja).toContain('事業者が見つかりません');
    expect(error.message.en).toContain('company');
    expect((await call(core, 'desks.list', {})).total).toBe(0);
  });

  it('updates phones (replacing the list), moves a desk to another company, and increments the revision', async () => {
    const { core, company } = await withCompany();
    const other = await call(core, 'companies.create', sampleCompany({ legalNameJa: '別会社' }));
    const desk = await call(core, 'desks.create', sampleDesk(company.id));
    const updated = await call(core, 'desks.update', {
      ...sampleDesk(other.id, { phones: [{ label: 'FAX', number: '03-9999-0000' }] }),
      id: desk.id,
      revision: desk.revision,
    });
    expect(updated).toMatchObject({ companyId: other.id, companyName: '別会社', phones: [{ label: 'FAX', number: '03-9999-0000' }], revision: 2 });
    expect(await call(core, 'desks.get', { id: desk.id })).toEqual(updated);
    expect((await call(core, 'companies.get', { id: company.id })).deskCount).toBe(0);

    const moveToMissing = await failure(core, 'desks.update', { ...sampleDesk(555), id: desk.id, revision: 2 });
    expect(moveToMissing.path).toEqual(['companyId']);
  });

  it('refuses a stale revision with a conflict', async () => {
    const { core, company } = await withCompany();
    const desk = await call(core, 'desks.create', sampleDesk(company.id));
    await call(core, 'desks.update', { ...sampleDesk(company.id, { nameJa: '一' }), id: desk.id, revision: 1 });
    const error = await failure(core, 'desks.update', { ...sampleDesk(company.id, { nameJa: '二' }), id: desk.id, revision: 1 });
    expect(error).toMatchObject({ code: 'conflict', message: { ja: '他の操作で更新されています。最新の内容を読み込んでからやり直してください。' } });
    expect((await call(core, 'desks.get', { id: desk.id })).nameJa).toBe('一');
  });

  it('answers not_found naming the desk', async () => {
    const { core } = await withCompany();
    const error = await failure(core, 'desks.delete', { id: 8, revision: 1 });
    expect(error).toMatchObject({ code: 'not_found', path: ['id'] });
    expect(error.message.ja).toContain('窓口（ID: 8）');
    expect(error.message.en).toContain('desk with ID 8');
  });

  it('deletes a desk with its phones', async () => {
    const { core, company } = await withCompany();
    const desk = await call(core, 'desks.create', sampleDesk(company.id));
    expect(await call(core, 'desks.delete', { id: desk.id, revision: desk.revision })).toEqual({ id: desk.id });
    expect((await failure(core, 'desks.get', { id: desk.id })).code).toBe('not_found');
    expect((await call(core, 'desks.list', {})).total).toBe(0);
  });
});
