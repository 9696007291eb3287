import { describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract';
import type { Notification } from '../../../shared/domain/incident-notification';
import { call, sampleCompany, sampleDesk } from '../core/helpers';
import { cardLeak, incidentCore, raw, refusedWithoutWriting } from './helpers';

/**
 * The addressee and the letter of a notice to individuals (migration 0005's columns) through notifications.plan and
 * notifications.update: stored and read back, kept when an update leaves them out, audited with the change, and
 * refused — with the field named, nothing written — where they make no sense.
 */
async function withNotice() {
  const made = await incidentCore();
  const incident = await call(made.core, 'incidents.create', cardLeak(made.company.id));
  const desk = await call(made.core, 'desks.create', sampleDesk(made.company.id));
  const items = (await call(made.core, 'notifications.list', { incidentId: incident.id })).items;
  const notice = items.find((n) => n.notificationKind === 'individuals_notice')!;
  const preliminary = items.find((n) => n.notificationKind === 'ppc_preliminary')!;
  return { ...made, incident, desk, notice, preliminary };
}

const base = (n: Notification) => ({ id: n.id, revision: n.revision, recipient: '', alternativeMeasure: n.alternativeMeasure, method: n.method, note: n.note, dueDate: null });

describe('the notice letter', () => {
  it('stores the addressee and the letter, and keeps them when a later update leaves them out', async () => {
    const { core, notice, desk } = await withNotice();
    const letter = { ja: { cause: '委託先サーバーへの不正アクセスによるものです。' }, en: { cause: 'Unauthorized access to a contractor’s server.' }, actions: ['cardStatements'], deskId: desk.id };
    const saved = await call(core, 'notifications.update', { ...base(notice), addressee: 'members', letter } as Input<'notifications.update'>);
    expect(saved).toMatchObject({ addressee: 'members', addresseeName: '', letter: { ja: { cause: '委託先サーバーへの不正アクセスによるものです。', overview: '' }, actions: ['cardStatements'], deskId: desk.id } });

    const again = await call(core, 'notifications.update', { ...base(saved), method: '郵送' } as Input<'notifications.update'>);
    expect(again).toMatchObject({ method: '郵送', addressee: 'members', letter: { actions: ['cardStatements'], deskId: desk.id } });
    expect(again.letter.en.cause).toBe('Unauthorized access to a contractor’s server.');
  });

  it('writes the change and its audit entry in one transaction: the audit row holds the letter before and after', async () => {
    const { core, notice, workspacePath } = await withNotice();
    await call(core, 'notifications.update', { ...base(notice), addressee: 'named', addresseeName: '山田太郎', letter: { ja: { overview: '概要です。' }, en: {}, actions: null, deskId: null } } as Input<'notifications.update'>);
    const db = raw(workspacePath);
    const row = db.prepare("SELECT before_json, after_json FROM audit_log WHERE entity = 'incident_notification' AND entity_id = ? ORDER BY id DESC LIMIT 1").get(notice.id) as { before_json: string; after_json: string };
    db.close();
    expect(JSON.parse(row.after_json)).toMatchObject({ addressee: 'named', addresseeName: '山田太郎', letter: { ja: { overview: '概要です。' } } });
    expect(JSON.parse(row.before_json)).toMatchObject({ addressee: '' });
  });

  it('keeps a name only for a named addressee', async () => {
    const { core, notice } = await withNotice();
    const saved = await call(core, 'notifications.update', { ...base(notice), addressee: 'employees', addresseeName: '山田太郎' } as Input<'notifications.update'>);
    expect(saved).toMatchObject({ addressee: 'employees', addresseeName: '' });
  });

  it('refuses a named addressee without a name, naming addresseeName, and writes nothing', async () => {
    const { core, notice, workspacePath } = await withNotice();
    const error = await refusedWithoutWriting(core, workspacePath, 'notifications.update', { ...base(notice), addressee: 'named', addresseeName: '' });
    expect(error).toMatchObject({ code: 'validation', path: ['addresseeName'] });
    expect(error.message.ja).toContain('宛名（個人・団体名）');
    expect(error.message.en).toContain("addressee's name");
  });

  it('refuses an addressee or a letter on a report to the PPC', async () => {
    const { core, preliminary, workspacePath } = await withNotice();
    const error = await refusedWithoutWriting(core, workspacePath, 'notifications.update', { ...base(preliminary), addressee: 'customers' });
    expect(error).toMatchObject({ code: 'validation', path: ['addressee'] });
    expect(error.message.ja).toContain('本人への通知にだけ');
  });

  it('refuses a desk of another company or an authorized organization’s desk as the inquiry desk', async () => {
    const { core, notice, workspacePath, company } = await withNotice();
    const other = await call(core, 'companies.create', sampleCompany({ legalNameJa: '株式会社ほか', legalNameEn: 'Other K.K.' }));
    const foreign = await call(core, 'desks.create', sampleDesk(other.id));
    const org = await call(core, 'desks.create', sampleDesk(company.id, { kind: 'authorized_org', nameJa: '認定団体の窓口' }));
    for (const deskId of [foreign.id, org.id]) {
      const error = await refusedWithoutWriting(core, workspacePath, 'notifications.update', { ...base(notice), letter: { ja: {}, en: {}, actions: null, deskId } });
      expect(error).toMatchObject({ code: 'validation', path: ['letter', 'deskId'] });
    }
  });

  it('refuses an unknown action and a text over the limit, naming the field', async () => {
    const { core, notice, workspacePath } = await withNotice();
    const unknown = await refusedWithoutWriting(core, workspacePath, 'notifications.update', { ...base(notice), letter: { ja: {}, en: {}, actions: ['freeMoney'], deskId: null } });
    expect(unknown).toMatchObject({ code: 'validation', path: ['letter', 'actions', 0] });
    const long = await refusedWithoutWriting(core, workspacePath, 'notifications.update', { ...base(notice), letter: { ja: { cause: 'あ'.repeat(2001) }, en: {}, actions: null, deskId: null } });
    expect(long).toMatchObject({ code: 'validation', path: ['letter', 'ja', 'cause'] });
  });

  it('plans a corrected notice with its own addressee', async () => {
    const { core, incident } = await withNotice();
    const planned = await call(core, 'notifications.plan', { incidentId: incident.id, notificationKind: 'individuals_notice', addressee: 'applicants', alternativeMeasure: true } as Input<'notifications.plan'>);
    expect(planned).toMatchObject({ notificationKind: 'individuals_notice', addressee: 'applicants', alternativeMeasure: true });
  });
});
