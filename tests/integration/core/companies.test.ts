import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { call, failure, makeCore, sampleCompany, sampleDesk } from './helpers';

describe('companies', () => {
  it('creates a company with normalized values, revision 1, UTC times and no desks', async () => {
    const { core } = await makeCore();
    const company = await call(core, 'companies.create', sampleCompany({ phone: '０３（１２３４）５６７８', postalCode: '1000001' }));
    expect(company).toMatchObject({
      id: 1,
      legalNameJa: '株式会社サンプル',
      phone: '03-1234-5678',
      postalCode: '100-0001',
      representativeNameJa: '',
      authorizedOrgMember: false,
      authorizedOrgDeskId: null,
      revision: 1,
      deskCount: 0,
      createdAt: '2025-04-01T00:00:01.000Z',
    });
    expect(company.updatedAt).toBe(company.createdAt);
    // What the transports send must satisfy the contract's output schema.
    expect(contract['companies.create'].output.safeParse(company).success).toBe(true);
    expect(await call(core, 'companies.get', { id: company.id })).toEqual(company);
  });

  it('updates with the current revision and increments it', async () => {
    const { core } = await makeCore();
    const company = await call(core, 'companies.create', sampleCompany());
    const updated = await call(core, 'companies.update', {
      ...sampleCompany({ representativeNameJa: '代表 太郎' }),
      id: company.id,
      revision: company.revision,
    });
    expect(updated).toMatchObject({ representativeNameJa: '代表 太郎', revision: 2, createdAt: company.createdAt });
    expect(updated.updatedAt > company.updatedAt).toBe(true);
  });

  it('refuses an update based on an old revision with a conflict, and keeps the newer data', async () => {
    const { core } = await makeCore();
    const company = await call(core, 'companies.create', sampleCompany());
    await call(core, 'companies.update', { ...sampleCompany({ legalNameEn: 'First' }), id: company.id, revision: 1 });
    const error = await failure(core, 'companies.update', { ...sampleCompany({ legalNameEn: 'Second' }), id: company.id, revision: 1 });
    expect(error).toMatchObject({
      code: 'conflict',
      message: {
        ja: '他の操作で更新されています。最新の内容を読み込んでからやり直してください。',
        en: expect.stringContaining('Reload'),
      },
    });
    expect(await call(core, 'companies.get', { id: company.id })).toMatchObject({ legalNameEn: 'First', revision: 2 });
  });

  it('answers not_found naming the company for get, update and delete of a missing id', async () => {
    const { core } = await makeCore();
    for (const [operation, input] of [
      ['companies.get', { id: 42 }],
      ['companies.update', { ...sampleCompany(), id: 42, revision: 1 }],
      ['companies.delete', { id: 42, revision: 1 }],
    ] as const) {
      const error = await failure(core, operation, input);
      expect(error.code).toBe('not_found');
      expect(error.path).toEqual(['id']);
      expect(error.message.ja).toContain('事業者（ID: 42）');
      expect(error.message.en).toContain('company with ID 42');
    }
  });

  it('refuses to delete a company that still has desks, saying to delete or move them first', async () => {
    const { core } = await makeCore();
    const company = await call(core, 'companies.create', sampleCompany());
    const desk = await call(core, 'desks.create', sampleDesk(company.id));
    expect(await call(core, 'companies.get', { id: company.id })).toMatchObject({ deskCount: 1 });

    const error = await failure(core, 'companies.delete', { id: company.id, revision: company.revision });
    expect(error).toMatchObject({ code: 'conflict', path: ['id'] });
    expect(error.message.ja).toContain('先に窓口を削除するか、別の事業者に移してください');
    expect(error.message.en).toContain('Delete or move its desks');

    await call(core, 'desks.delete', { id: desk.id, revision: desk.revision });
    expect(await call(core, 'companies.delete', { id: company.id, revision: company.revision })).toEqual({ id: company.id });
    expect((await failure(core, 'companies.get', { id: company.id })).code).toBe('not_found');
  });

  it('says before any confirmation why a delete would be refused (desks left), and nothing once it would not be', async () => {
    const { core } = await makeCore();
    const company = await call(core, 'companies.create', sampleCompany());
    const first = await call(core, 'desks.create', sampleDesk(company.id));
    const second = await call(core, 'desks.create', { ...sampleDesk(company.id), nameJa: '第二窓口' });
    const before = await call(core, 'companies.deleteCheck', { id: company.id });
    expect(before.refusal?.ja).toBe('この事業者には窓口が2件あります。先に窓口を削除するか、別の事業者に移してください。');
    expect(before.refusal?.en).toBe('This company still has 2 desks. Delete or move its desks to another company first.');
    // The check writes nothing: the company and both desks are still there, with no audit row for it.
    expect(await call(core, 'companies.get', { id: company.id })).toMatchObject({ deskCount: 2, revision: company.revision });

    await call(core, 'desks.delete', { id: first.id, revision: first.revision });
    await call(core, 'desks.delete', { id: second.id, revision: second.revision });
    expect(await call(core, 'companies.deleteCheck', { id: company.id })).toEqual({ refusal: null });
    expect((await failure(core, 'companies.deleteCheck', { id: 4242 })).code).toBe('not_found');
  });

  it("checks that the authorized organization's desk exists", async () => {
    const { core } = await makeCore();
    const member = { ...sampleCompany(), authorizedOrgMember: true, authorizedOrgNameJa: '認定団体' };
    const error = await failure(core, 'companies.create', { ...member, authorizedOrgDeskId: 77 });
    expect(error).toMatchObject({ code: 'validation', path: ['authorizedOrgDeskId'] });
    expect(error.issues?.[0]?.path).toEqual(['authorizedOrgDeskId']);
    expect(error.message.ja).toContain('窓口が見つかりません');
    expect((await call(core, 'companies.list', {})).total).toBe(0);

    const org = await call(core, 'companies.create', sampleCompany({ legalNameJa: '認定団体' }));
    const orgDesk = await call(core, 'desks.create', sampleDesk(org.id, { kind: 'authorized_org' }));
    const created = await call(core, 'companies.create', { ...member, authorizedOrgDeskId: orgDesk.id });
    expect(created.authorizedOrgDeskId).toBe(orgDesk.id);
  });

  it('requires the organization name when the company is a member', async () => {
    const { core } = await makeCore();
    const error = await failure(core, 'companies.create', { ...sampleCompany(), authorizedOrgMember: true });
    expect(error).toMatchObject({ code: 'validation', path: ['authorizedOrgNameJa'] });
    expect(error.message.en).toBe('Enter the name of the authorized organization you are a member of.');
  });
});
