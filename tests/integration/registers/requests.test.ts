import { describe, expect, it } from 'vitest';
import type { RequestInput } from '../../../shared/domain/data-request';
import { call, failure, makeCore, sampleCompany, sampleDesk } from '../core/helpers';

/** The steppingClock starts at 2025-04-01T00:00Z, 09:00 in Japan: "today" is 2025-04-01. */
async function withDesk() {
  const made = await makeCore();
  const company = await call(made.core, 'companies.create', sampleCompany());
  const desk = await call(made.core, 'desks.create', sampleDesk(company.id, { nameJa: 'お客様相談室' }));
  return { ...made, company, desk };
}

const disclosure = (companyId: number, deskId: number | null, overrides: Partial<RequestInput> = {}): RequestInput => ({
  companyId,
  receivingDeskId: deskId,
  receivedOn: '2025-03-10',
  channel: 'post',
  requester: '受付番号R-0012',
  requestKind: 'disclosure',
  requestSummary: '保有個人データ（購入履歴）の開示請求。電磁的記録での提供を希望。',
  disclosureMethod: 'electronic',
  identityCheck: 'verified',
  identityMethod: '運転免許証の写しと住所への郵送で確認',
  feeYen: 1000,
  ...overrides,
});

async function auditFor(core: Awaited<ReturnType<typeof makeCore>>['core'], id: number) {
  return (await call(core, 'audit.list', { entity: 'request', entityId: id })).items;
}

describe('requests and complaints log', () => {
  it('logs a request at a desk with the default 14-day target, due date and the desk name kept', async () => {
    const { core, company, desk } = await withDesk();
    const request = await call(core, 'requests.create', disclosure(company.id, desk.id));
    expect(request).toMatchObject({
      receivingDeskId: desk.id,
      deskName: 'お客様相談室',
      responseDays: 14,
      dueOn: '2025-03-24',
      outcome: 'pending',
      closedOn: null,
      feeYen: 1000,
      revision: 1,
    });
    expect(await call(core, 'requests.get', { id: request.id })).toEqual(request);
    const audit = await auditFor(core, request.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ operation: 'requests.create' });
  });

  it("takes the company's configured target at receipt and keeps it when the setting changes later", async () => {
    const { core, company, desk } = await withDesk();
    expect(await call(core, 'requests.getSettings', { companyId: company.id })).toEqual({ companyId: company.id, responseDays: 14 });
    await call(core, 'requests.updateSettings', { companyId: company.id, responseDays: 7 });
    const first = await call(core, 'requests.create', disclosure(company.id, desk.id, { receivedOn: '2025-03-28' }));
    expect(first).toMatchObject({ responseDays: 7, dueOn: '2025-04-04' });
    await call(core, 'requests.updateSettings', { companyId: company.id, responseDays: 30 });
    expect(await call(core, 'requests.get', { id: first.id })).toMatchObject({ responseDays: 7, dueOn: '2025-04-04' });
    const settingsAudit = (await call(core, 'audit.list', { entity: 'request_settings' })).items;
    expect(settingsAudit).toHaveLength(2);
    const refused = await failure(core, 'requests.updateSettings', { companyId: company.id, responseDays: 0 });
    expect(refused).toMatchObject({ code: 'validation', path: ['responseDays'] });
    expect(refused.message.ja).toContain('社内の回答目標（日数）');
    expect(refused.message.en).toContain('internal response target');
  });

  it('lists open, overdue and closed requests, and what one desk received', async () => {
    const { core, company, desk } = await withDesk();
    const other = await call(core, 'desks.create', sampleDesk(company.id, { nameJa: '人事部窓口' }));
    // Received 2025-03-01 with 14 days: due 2025-03-15, overdue on 2025-04-01.
    const late = await call(core, 'requests.create', disclosure(company.id, desk.id, { receivedOn: '2025-03-01' }));
    // Due 2025-04-10: open, not overdue.
    const open = await call(core, 'requests.create', disclosure(company.id, other.id, { receivedOn: '2025-03-27', requestKind: 'complaint', feeYen: 0, disclosureMethod: '' }));
    const closed = await call(
      core,
      'requests.create',
      disclosure(company.id, desk.id, { receivedOn: '2025-02-01', outcome: 'complied', closedOn: '2025-02-10', answer: 'CSVで開示しました。' }),
    );
    const ids = async (input: object) => (await call(core, 'requests.list', input)).items.map((r) => r.id);
    expect(await ids({ state: 'overdue' })).toEqual([late.id]);
    expect(await ids({ state: 'open' })).toEqual([late.id, open.id]);
    expect(await ids({ state: 'closed' })).toEqual([closed.id]);
    expect(await ids({ deskId: desk.id })).toEqual([late.id, closed.id]);
    expect(await ids({ deskId: other.id })).toEqual([open.id]);
    expect(await ids({ query: 'csv' })).toEqual([closed.id]);
  });

  it('refuses a refusal without its reason and citation (Art. 36), naming both fields, and writes nothing', async () => {
    const { core, company, desk } = await withDesk();
    const error = await failure(core, 'requests.create', disclosure(company.id, desk.id, { outcome: 'refused', closedOn: '2025-03-20' }));
    expect(error.code).toBe('validation');
    const paths = error.issues?.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['refusalReason', 'refusalCitation']));
    const reason = error.issues?.find((issue) => issue.path[0] === 'refusalReason');
    expect(reason?.message.ja).toContain('応じない理由');
    expect(reason?.message.en).toContain('reason for declining');
    expect((await call(core, 'requests.list', {})).total).toBe(0);
    expect((await call(core, 'audit.list', { entity: 'request' })).total).toBe(0);
  });

  it('records a refusal with its reason, citation and steps in date order', async () => {
    const { core, company, desk } = await withDesk();
    const request = await call(core, 'requests.create', disclosure(company.id, desk.id));
    const updated = await call(core, 'requests.update', {
      ...disclosure(company.id, desk.id),
      id: request.id,
      revision: request.revision,
      outcome: 'refused',
      closedOn: '2025-03-18',
      responseMethod: 'post',
      refusalReason: '開示すると第三者の権利利益を害するおそれがあるため。',
      refusalCitation: '法第33条第2項第1号',
      steps: [
        { doneOn: '2025-03-18', stepNote: '不開示の決定を郵送で通知' },
        { doneOn: '2025-03-12', stepNote: '本人確認書類を受領' },
      ],
    });
    expect(updated.steps.map((step) => step.doneOn)).toEqual(['2025-03-12', '2025-03-18']);
    expect(updated).toMatchObject({ outcome: 'refused', closedOn: '2025-03-18', revision: 2, responseDays: 14, dueOn: '2025-03-24' });
    const audit = await auditFor(core, request.id);
    expect(audit.map((entry) => entry.operation)).toEqual(expect.arrayContaining(['requests.create', 'requests.update']));
  });

  it('refuses impossible facts, each naming its field in ja and en', async () => {
    const { core, company, desk } = await withDesk();
    const cases: [Partial<RequestInput>, string][] = [
      [{ receivedOn: '2025-04-05' }, 'receivedOn'], // after today
      [{ receivedOn: '2025-02-30' }, 'receivedOn'],
      [{ outcome: 'complied' }, 'closedOn'], // closed without a day
      [{ closedOn: '2025-03-20' }, 'closedOn'], // pending with a day
      [{ outcome: 'complied', closedOn: '2025-03-01' }, 'closedOn'], // before it was received
      [{ requestKind: 'correction', disclosureMethod: '' }, 'feeYen'], // no fee for a correction (Art. 38)
      [{ requestKind: 'complaint', feeYen: 0 }, 'disclosureMethod'],
      [{ steps: [{ doneOn: '2025-03-01', stepNote: '受付前' }] }, 'steps.0.doneOn'],
      [{ requestSummary: '  ' }, 'requestSummary'],
      [{ channel: 'fax' as never }, 'channel'],
    ];
    for (const [overrides, field] of cases) {
      const error = await failure(core, 'requests.create', disclosure(company.id, desk.id, overrides));
      expect(error.code, field).toBe('validation');
      const issue = error.issues?.find((i) => i.path.join('.') === field) ?? (error.path.join('.') === field ? error : undefined);
      expect(issue, `${field}: ${JSON.stringify(error)}`).toBeDefined();
      expect(issue?.message.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(issue?.message.en).toMatch(/[a-z]/);
    }
    expect((await call(core, 'requests.list', {})).total).toBe(0);
  });

  it("refuses another company's desk, and keeps the desk's name when the desk is deleted", async () => {
    const { core, company, desk } = await withDesk();
    const other = await call(core, 'companies.create', sampleCompany({ legalNameJa: '別会社株式会社' }));
    const foreign = await call(core, 'desks.create', sampleDesk(other.id, { nameJa: '別会社窓口' }));
    const error = await failure(core, 'requests.create', disclosure(company.id, foreign.id));
    expect(error).toMatchObject({ code: 'validation', path: ['receivingDeskId'] });
    const request = await call(core, 'requests.create', disclosure(company.id, desk.id));
    await call(core, 'desks.delete', { id: desk.id, revision: desk.revision });
    expect(await call(core, 'requests.get', { id: request.id })).toMatchObject({ receivingDeskId: null, deskName: 'お客様相談室' });
  });

  it('deletes with the revision read, and refuses a stale one', async () => {
    const { core, company, desk } = await withDesk();
    const request = await call(core, 'requests.create', disclosure(company.id, desk.id));
    await call(core, 'requests.update', { ...disclosure(company.id, desk.id), id: request.id, revision: 1, requester: 'R-0013' });
    expect(await failure(core, 'requests.delete', { id: request.id, revision: 1 })).toMatchObject({ code: 'conflict' });
    await call(core, 'requests.delete', { id: request.id, revision: 2 });
    expect((await call(core, 'requests.list', {})).total).toBe(0);
    expect((await auditFor(core, request.id)).map((entry) => entry.operation)).toContain('requests.delete');
  });
});
