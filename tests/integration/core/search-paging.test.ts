import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/core/api';
import { call, makeCore, sampleCompany, sampleDesk } from './helpers';

async function seed(core: Core) {
  const acme = await call(core, 'companies.create', sampleCompany({ legalNameJa: 'あいう株式会社', legalNameEn: 'ACME Corp.', email: 'info@acme.example.jp' }));
  const beta = await call(core, 'companies.create', sampleCompany({ legalNameJa: 'かきく株式会社', legalNameEn: 'Beta 100% Ltd.', phone: '06-6123-4567' }));
  await call(core, 'desks.create', sampleDesk(acme.id, { nameJa: 'お客様相談室', nameEn: 'Customer Desk', department: 'カスタマーサポート部', personInCharge: 'Suzuki', phones: [{ label: '', number: '0120-111-222' }] }));
  await call(core, 'desks.create', sampleDesk(acme.id, { nameJa: 'ＡＢＣ窓口', nameEn: 'abc_desk', email: 'abc@acme.example.jp', phones: [] }));
  await call(core, 'desks.create', sampleDesk(beta.id, { kind: 'other', nameJa: '苦情受付', nameEn: 'Complaints', department: '法務部', personInCharge: '田中', phones: [{ label: '', number: '050-1234-5678' }] }));
  return { acme, beta };
}

const names = (page: { items: { nameJa: string }[] }) => page.items.map((d) => d.nameJa);

describe('searching', () => {
  it('matches names, department, person, email and phone, ignoring case and full/half width', async () => {
    const { core } = await makeCore();
    await seed(core);
    const search = async (query: string) => names(await call(core, 'desks.list', { query }));
    expect(await search('customer')).toEqual(['お客様相談室']);
    expect(await search('CUSTOMER')).toEqual(['お客様相談室']);
    expect(await search('相談')).toEqual(['お客様相談室']);
    expect(await search('abc')).toEqual(['ＡＢＣ窓口']);
    expect(await search('ａｂｃ')).toEqual(['ＡＢＣ窓口']);
    expect(await search('ｶｽﾀﾏｰ')).toEqual(['お客様相談室']);
    expect(await search('suzuki')).toEqual(['お客様相談室']);
    expect(await search('田中')).toEqual(['苦情受付']);
    expect(await search('法務')).toEqual(['ＡＢＣ窓口', '苦情受付']);
    expect(await search('050-1234')).toEqual(['苦情受付']);
    expect(await search('05012345678')).toEqual(['苦情受付']);
    expect(await search('abc@acme')).toEqual(['ＡＢＣ窓口']);
    expect(await search('存在しない')).toEqual([]);
  });

  it('treats % and _ in the search text as characters, not wildcards', async () => {
    const { core } = await makeCore();
    await seed(core);
    expect(names(await call(core, 'desks.list', { query: '_' }))).toEqual(['ＡＢＣ窓口']);
    expect(names(await call(core, 'desks.list', { query: '%' }))).toEqual([]);
    const companies = await call(core, 'companies.list', { query: '100%' });
    expect(companies.items.map((c) => c.legalNameJa)).toEqual(['かきく株式会社']);
    expect((await call(core, 'companies.list', { query: 'a_me' })).total).toBe(0);
  });

  it('searches companies by name in either language, email and phone', async () => {
    const { core } = await makeCore();
    await seed(core);
    const search = async (query: string) => (await call(core, 'companies.list', { query })).items.map((c) => c.legalNameJa);
    expect(await search('acme')).toEqual(['あいう株式会社']);
    expect(await search('かきく')).toEqual(['かきく株式会社']);
    expect(await search('0661234567')).toEqual(['かきく株式会社']);
    expect(await search('株式会社')).toEqual(['あいう株式会社', 'かきく株式会社']);
  });

  it('filters desks by company and kind together with the text', async () => {
    const { core } = await makeCore();
    const { acme, beta } = await seed(core);
    expect(names(await call(core, 'desks.list', { companyId: acme.id }))).toEqual(['お客様相談室', 'ＡＢＣ窓口']);
    expect(names(await call(core, 'desks.list', { companyId: beta.id, query: '法務' }))).toEqual(['苦情受付']);
    expect(names(await call(core, 'desks.list', { kind: 'other' }))).toEqual(['苦情受付']);
    expect(names(await call(core, 'desks.list', { companyId: acme.id, kind: 'other' }))).toEqual([]);
  });

  it('reports each company with its desk count and each desk with its company name', async () => {
    const { core } = await makeCore();
    await seed(core);
    const companies = await call(core, 'companies.list', {});
    expect(companies.items.map((c) => [c.legalNameJa, c.deskCount])).toEqual([
      ['あいう株式会社', 2],
      ['かきく株式会社', 1],
    ]);
    const desks = await call(core, 'desks.list', {});
    expect(desks.items.map((d) => d.companyName)).toEqual(['あいう株式会社', 'あいう株式会社', 'かきく株式会社']);
  });
});

describe('paging', () => {
  it('orders desks by company then name, pages with limit/offset and reports the total', async () => {
    const { core } = await makeCore();
    const b = await call(core, 'companies.create', sampleCompany({ legalNameJa: 'B社' }));
    const a = await call(core, 'companies.create', sampleCompany({ legalNameJa: 'A社' }));
    for (const name of ['窓口3', '窓口1', '窓口2']) await call(core, 'desks.create', sampleDesk(b.id, { nameJa: name }));
    for (const name of ['窓口2', '窓口1']) await call(core, 'desks.create', sampleDesk(a.id, { nameJa: name }));

    const all = await call(core, 'desks.list', {});
    expect(all.items.map((d) => `${d.companyName}/${d.nameJa}`)).toEqual(['A社/窓口1', 'A社/窓口2', 'B社/窓口1', 'B社/窓口2', 'B社/窓口3']);
    const page = await call(core, 'desks.list', { limit: 2, offset: 2 });
    expect(page.total).toBe(5);
    expect(page.items.map((d) => d.id)).toEqual(all.items.slice(2, 4).map((d) => d.id));
    const past = await call(core, 'desks.list', { limit: 2, offset: 10 });
    expect(past).toEqual({ items: [], total: 5 });
    const filtered = await call(core, 'desks.list', { companyId: b.id, limit: 1, offset: 1 });
    expect(filtered.total).toBe(3);
    expect(filtered.items.map((d) => d.nameJa)).toEqual(['窓口2']);
  });

  it('orders companies by Japanese legal name and pages them', async () => {
    const { core } = await makeCore();
    for (const name of ['さ社', 'あ社', 'か社']) await call(core, 'companies.create', sampleCompany({ legalNameJa: name }));
    const page = await call(core, 'companies.list', { limit: 2 });
    expect(page.total).toBe(3);
    expect(page.items.map((c) => c.legalNameJa)).toEqual(['あ社', 'か社']);
    expect((await call(core, 'companies.list', { offset: 2 })).items.map((c) => c.legalNameJa)).toEqual(['さ社']);
  });
});
