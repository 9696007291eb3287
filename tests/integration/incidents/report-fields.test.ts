import { describe, expect, it } from 'vitest';
import { corporateCheckDigit, isValidCorporateNumber } from '../../../shared/validation/corporate-number';
import { call, makeCore, sampleCompany } from '../core/helpers';
import { cardLeak, incidentCore, refusedWithoutWriting } from './helpers';

/**
 * The fields the PPC form asks for beyond the first schema (appi.md §3, migration 0005), end to end: the company's
 * 法人番号 / 業種 / contact person and the incident's discoverer, medium, entrustee and items 5–7's choices are
 * accepted, normalised, stored, read back and audited; bad input names the field and writes nothing.
 */
describe('法人番号', () => {
  it('computes the check digit as the ministerial ordinance says (国税庁 example 7123456789012)', () => {
    expect(corporateCheckDigit('123456789012')).toBe(7);
    expect(isValidCorporateNumber('7123456789012')).toBe(true);
    expect(isValidCorporateNumber('4011001098993')).toBe(true);
    expect(isValidCorporateNumber('5123456789012')).toBe(false);
  });

  it('normalises full-width digits, hyphens and spaces to the 13 digits, and stores the reporter fields', async () => {
    const { core } = await makeCore();
    const created = await call(
      core,
      'companies.create',
      sampleCompany({
        corporateNumber: '７－１２３４－５６７８－９０１２',
        industry: '小売業（通信販売）',
        contactDepartment: '法務部',
        contactTitle: '課長',
        contactName: '鈴木 一郎',
      }),
    );
    expect(created).toMatchObject({
      corporateNumber: '7123456789012',
      industry: '小売業（通信販売）',
      contactDepartment: '法務部',
      contactTitle: '課長',
      contactName: '鈴木 一郎',
    });
    const read = await call(core, 'companies.get', { id: created.id });
    expect(read.corporateNumber).toBe('7123456789012');
    const audit = await call(core, 'audit.list', { entity: 'company', entityId: created.id });
    expect(JSON.stringify(audit.items[0])).toContain('7123456789012');
  });

  it.each([
    ['12 digits', '712345678901', '法人番号は13桁の数字で入力してください', 'Enter the corporate number as its 13 digits'],
    ['letters', '71234567890AB', '法人番号は13桁の数字で入力してください', 'Enter the corporate number as its 13 digits'],
    ['a wrong check digit', '5123456789012', '法人番号の先頭の検査用数字が残りの12桁と合いません', 'The first digit of the corporate number (its check digit)'],
  ])('refuses %s under the field, in ja and en, writing nothing', async (_, value, ja, en) => {
    const { core, workspacePath } = await makeCore();
    const error = await refusedWithoutWriting(core, workspacePath, 'companies.create', sampleCompany({ corporateNumber: value }));
    expect(error.issues?.[0]?.path).toEqual(['corporateNumber']);
    expect(error.issues?.[0]?.message.ja).toContain(ja);
    expect(error.issues?.[0]?.message.en).toContain(en);
  });
});

describe("the incident's report fields", () => {
  it('stores, reads back and audits the discoverer, medium, entrustee and items 5–7 choices', async () => {
    const { core, company } = await incidentCore();
    const created = await call(
      core,
      'incidents.create',
      cardLeak(company.id, {
        discoveredBy: 'カード会社（株式会社サンプルカード）',
        medium: 'electronic',
        weHaveEntrustee: true,
        entrusteeName: '株式会社運用委託先',
        secondaryDamage: 'unknown',
        individualsResponse: 'planned',
        publication: 'notPlanned',
      }),
    );
    const read = await call(core, 'incidents.get', { id: created.id });
    expect(read).toMatchObject({
      discoveredBy: 'カード会社（株式会社サンプルカード）',
      medium: 'electronic',
      weHaveEntrustee: true,
      entrusteeName: '株式会社運用委託先',
      secondaryDamage: 'unknown',
      individualsResponse: 'planned',
      publication: 'notPlanned',
    });
    const updated = await call(core, 'incidents.update', {
      ...cardLeak(company.id, { medium: 'both', secondaryDamage: 'yes', individualsResponse: 'done', publication: 'done' }),
      id: created.id,
      revision: read.revision,
    });
    expect(updated).toMatchObject({ medium: 'both', secondaryDamage: 'yes', weHaveEntrustee: false, entrusteeName: '' });
    const audit = await call(core, 'audit.list', { entity: 'incident', entityId: created.id });
    expect(JSON.stringify(audit.items)).toContain('"medium":"both"');
  });

  it('defaults every choice to "not stated" (empty), never to an answer', async () => {
    const { core, company } = await incidentCore();
    const created = await call(core, 'incidents.create', cardLeak(company.id));
    expect(created).toMatchObject({ medium: '', secondaryDamage: '', individualsResponse: '', publication: '', discoveredBy: '' });
  });

  it('refuses a choice outside the list under its field, writing nothing', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const error = await refusedWithoutWriting(core, workspacePath, 'incidents.create', { ...cardLeak(company.id), medium: 'floppy' });
    expect(error.issues?.[0]?.path).toEqual(['medium']);
    expect(error.issues?.[0]?.message.ja).toContain('媒体');
    expect(error.issues?.[0]?.message.en).toContain('medium');
  });
});
