import { describe, expect, it } from 'vitest';
import { rawConnection, countRows } from './db-helpers';
import { failure, makeCore, sampleCompany, sampleDesk, call } from './helpers';

/** Validation at the edge: a structured error naming the field in both languages, and nothing written. */
async function expectNothingWritten(workspacePath: string, companies = 0) {
  const db = rawConnection(workspacePath, { readonly: true });
  expect(countRows(db, 'companies')).toBe(companies);
  expect(countRows(db, 'desks')).toBe(0);
  expect(countRows(db, 'audit_log')).toBe(companies);
}

describe('dispatch validates every request before a service runs', () => {
  it('names a missing required field', async () => {
    const { core, workspacePath } = await makeCore();
    const { legalNameJa: _, ...input } = sampleCompany();
    const error = await failure(core, 'companies.create', input);
    expect(error).toMatchObject({
      code: 'validation',
      path: ['legalNameJa'],
      message: { ja: '事業者名（日本語）が入力されていません。', en: 'Enter the legal name (Japanese).' },
    });
    await expectNothingWritten(workspacePath);
  });

  it('names a field of the wrong type', async () => {
    const { core, workspacePath } = await makeCore();
    const error = await failure(core, 'companies.create', sampleCompany({ authorizedOrgMember: 'yes' as never }));
    expect(error.path).toEqual(['authorizedOrgMember']);
    expect(error.message.ja).toContain('認定個人情報保護団体への加入');
    expect(error.message.en).toContain('membership of an authorized organization');
    await expectNothingWritten(workspacePath);
  });

  it('lists every bad field in issues, the first in path', async () => {
    const { core, workspacePath } = await makeCore();
    const error = await failure(core, 'companies.create', sampleCompany({ phone: '12', email: 'not-an-address', postalCode: '12-34' }));
    expect(error.issues?.map((i) => i.path)).toEqual([['postalCode'], ['phone'], ['email']]);
    expect(error.path).toEqual(['postalCode']);
    expect(error.issues?.[1]?.message.ja).toContain('電話番号は03-1234-5678');
    expect(error.issues?.[2]?.message.en).toBe('Enter the email address in the form privacy@example.co.jp.');
    await expectNothingWritten(workspacePath);
  });

  it('points into nested lists: the second phone number of a desk', async () => {
    const { core, workspacePath } = await makeCore();
    const company = await call(core, 'companies.create', sampleCompany());
    const error = await failure(
      core,
      'desks.create',
      sampleDesk(company.id, { phones: [{ label: '', number: '03-1234-5678' }, { label: '', number: '999' }] }),
    );
    expect(error.path).toEqual(['phones', 1, 'number']);
    expect(error.message.ja).toMatch(/^電話番号は/);
    await expectNothingWritten(workspacePath, 1);
  });

  it('checks rules across fields (closing time after opening time)', async () => {
    const { core } = await makeCore();
    const company = await call(core, 'companies.create', sampleCompany());
    const error = await failure(core, 'desks.create', sampleDesk(company.id, { hoursFrom: '18:00', hoursTo: '09:00' }));
    expect(error).toMatchObject({ path: ['hoursTo'], message: { en: 'Make the closing time later than the opening time.' } });
  });

  it('refuses unknown fields and unknown choices', async () => {
    const { core, workspacePath } = await makeCore();
    const unknown = await failure(core, 'companies.create', { ...sampleCompany(), isAdmin: true });
    expect(unknown.message.en).toContain('isAdmin');
    const company = await call(core, 'companies.create', sampleCompany());
    const kind = await failure(core, 'desks.create', sampleDesk(company.id, { kind: 'branch' as never }));
    expect(kind).toMatchObject({ path: ['kind'], message: { ja: '窓口の種類の選択肢が正しくありません。' } });
    await expectNothingWritten(workspacePath, 1);
  });

  it('answers an unknown operation with a structured error', async () => {
    const { core, workspacePath } = await makeCore();
    const error = await failure(core, 'companies.drop', {});
    expect(error).toMatchObject({ code: 'unknown_operation', path: [] });
    expect(error.message.ja).toContain('companies.drop');
    expect((await failure(core, 42, {})).code).toBe('unknown_operation');
    await expectNothingWritten(workspacePath);
  });

  it('refuses an input that is not an object', async () => {
    const { core } = await makeCore();
    expect((await failure(core, 'companies.create', 'legalNameJa=x')).code).toBe('validation');
    expect((await failure(core, 'companies.get', [1])).code).toBe('validation');
  });

  it('rejects a page size out of range and a search text that is too long', async () => {
    const { core } = await makeCore();
    expect((await failure(core, 'desks.list', { limit: 0 })).path).toEqual(['limit']);
    expect((await failure(core, 'desks.list', { limit: 501 })).path).toEqual(['limit']);
    const long = await failure(core, 'companies.list', { query: 'x'.repeat(201) });
    expect(long).toMatchObject({ path: ['query'], message: { ja: '検索語は200文字以内で入力してください。' } });
  });
});
