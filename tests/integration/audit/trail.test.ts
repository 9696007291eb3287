import { describe, expect, it } from 'vitest';
import { verifyWorkspaceFile } from '../../../main/core/audit/verify-file';
import { openWorkspace } from '../../../main/core/store/workspace';
import { writeWithAudit } from '../../../main/core/store/write';
import { call, makeCore, sampleCompany, sampleDesk, steppingClock, tempDir } from '../core/helpers';

/** The audit screen's filters and its CSV: what a reviewer reads and hands on. */
async function trail() {
  // 23:59:58 and 00:00:00 JST of consecutive days, then later: the day filter counts in Japan time.
  const made = await makeCore({ now: steppingClock('2026-12-28T14:59:58.000Z'), osUser: '山田' });
  const company = await call(made.core, 'companies.create', sampleCompany());
  await call(made.core, 'settings.update', { userName: '佐藤', language: 'ja' });
  await call(made.core, 'desks.create', sampleDesk(company.id));
  await call(made.core, 'companies.update', { ...sampleCompany({ legalNameJa: '=HYPERLINK("x")株式会社' }), id: company.id, revision: 1 });
  return { ...made, company };
}

describe('the audit trail list and CSV', () => {
  it('filters by record kind, actor and Japan-time days', async () => {
    const { core } = await trail();
    expect((await call(core, 'audit.list', { entity: 'company' })).items.map((e) => e.operation)).toEqual(['companies.update', 'companies.create']);
    expect((await call(core, 'audit.list', { actor: '山田' })).items.map((e) => e.operation)).toEqual(['settings.update', 'companies.create']);
    expect((await call(core, 'audit.list', { from: '2026-12-28', to: '2026-12-28' })).items.map((e) => e.operation)).toEqual(['companies.create']);
    expect((await call(core, 'audit.list', { from: '2026-12-29' })).total).toBe(3);
    expect((await call(core, 'audit.actors', {})).items).toEqual(['佐藤', '山田']);
    const reversed = await core.dispatch('audit.list', { from: '2026-12-29', to: '2026-12-28' }, core.workspace().id);
    expect(reversed).toMatchObject({ ok: false, error: { code: 'validation', path: ['to'] } });
  });

  it('exports the filtered rows as CSV that Excel reads as UTF-8: BOM, CRLF, quoted cells, no formulas', async () => {
    const { core } = await trail();
    const result = await call(core, 'audit.exportCsv', { entity: 'company', lang: 'ja' });
    expect(result).toMatchObject({ mimeType: 'text/csv;charset=utf-8', fileName: '2026-12-29_操作履歴.csv' });
    const bytes = Buffer.from(result.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('番号,日時（日本時間）,操作者,操作,操作ID,対象,対象ID,変更された項目,変更前,変更後,ハッシュ');
    expect(lines).toHaveLength(4); // header, two rows, the final line end
    expect(lines[1]).toMatch(/^1,2026-12-28 23:59:5\d,山田,事業者を追加,companies.create,事業者,1,,,"\{""id"":1,/);
    expect(lines[2]).toContain(',佐藤,事業者を更新,companies.update,事業者,1,事業者名（日本語）,');
    expect(lines[2]).toContain(`""legalNameJa"":""=HYPERLINK(\\""x\\"")株式会社""`);
    expect(lines[2]).toMatch(/,[0-9a-f]{64}$/);

    const english = Buffer.from((await call(core, 'audit.exportCsv', { actor: '山田', lang: 'en' })).base64, 'base64').toString('utf8');
    expect(english.split('\r\n')[0]).toBe('\uFEFFNo.,Time (JST),Actor,Operation,Operation id,Record,Record id,Changed fields,Before,After,Hash');
    expect(english).toContain(',山田,Change settings,settings.update,settings,,operator name,');

    // A name a spreadsheet would run as a formula is written as text.
    await call(core, 'settings.update', { userName: '=1+2', language: 'ja' });
    await call(core, 'companies.create', sampleCompany({ legalNameJa: '株式会社式' }));
    const formula = Buffer.from((await call(core, 'audit.exportCsv', { actor: '=1+2', lang: 'ja' })).base64, 'base64').toString('utf8');
    expect(formula.split('\r\n')[1]).toMatch(/^\d+,[^,]+ [^,]+,'=1\+2,事業者を追加,/);
  });

  it('chains a row whose text SQLite cannot store as given (a lone surrogate), so it still verifies', async () => {
    const file = `${tempDir()}/odd.sqlite`;
    const connection = await openWorkspace(file);
    writeWithAudit(connection.db, { actor: 'a\ud800b', operation: 'test', at: '2026-12-29T00:00:00.000Z' }, (tx) => {
      tx.record({ entity: 'note', entityId: null, before: null, after: { text: 'x\udfffy' } });
    });
    connection.close();
    expect(await verifyWorkspaceFile(file)).toMatchObject({ ok: true, auditRows: 1 });
  });
});
