import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/core/api';
import { contract } from '../../../shared/contract';
import { call, failure, sampleCompany } from '../core/helpers';
import { cardLeak, incidentCore, minorLoss } from './helpers';

/** Five incidents over two companies; the clock reads 10:00 JST on 29 December 2026. */
async function seed(core: Core, acmeId: number) {
  const beta = await call(core, 'companies.create', sampleCompany({ legalNameJa: 'ベータ株式会社' }));
  const card = await call(core, 'incidents.create', cardLeak(acmeId, { title: 'カード番号の漏えい' }));
  const health = await call(core, 'incidents.create', cardLeak(acmeId, {
    title: '健康診断結果の誤送信',
    knownAt: '2026-12-01T09:00+09:00',
    occurredAt: null,
    discoveredAt: null,
    dataItems: ['name', 'healthCheck'],
    individualsKind: 'exact',
    individuals: 1,
    individualsUpperBound: null,
  }));
  const malware = await call(core, 'incidents.create', cardLeak(beta.id, {
    title: 'ランサムウェア感染（ＶＰＮ機器）',
    breachKind: 'damage',
    knownAt: '2026-12-20T15:00+09:00',
    occurredAt: null,
    discoveredAt: null,
    dataItems: ['name', 'address'],
    wrongfulPurpose: true,
  }));
  const loss = await call(core, 'incidents.create', minorLoss(beta.id, { title: 'USBメモリの紛失' }));
  const closed = await call(core, 'incidents.create', minorLoss(acmeId, { title: '誤廃棄', status: 'closed', knownAt: '2026-10-15T10:00+09:00' }));
  return { beta, card, health, malware, loss, closed };
}

const titles = (page: { items: { title: string }[] }) => page.items.map((i) => i.title);

describe('the incident list', () => {
  it('sorts by next deadline — statutory first, overdue first, none last — and carries each row’s deadline and status', async () => {
    const { core, company } = await incidentCore();
    await seed(core, company.id);
    const page = await call(core, 'incidents.list', {});
    expect(contract['incidents.list'].output.safeParse(page).success).toBe(true);
    expect(page.total).toBe(5);
    expect(titles(page)).toEqual([
      '健康診断結果の誤送信', // 速報 limit 12/05: overdue
      'ランサムウェア感染（ＶＰＮ機器）', // 速報 limit 12/24: overdue
      'カード番号の漏えい', // 速報 limit 1/01
      'USBメモリの紛失', // nothing due (ids order the ties)
      '誤廃棄',
    ]);
    expect(page.items[0]!.nextDeadline).toMatchObject({ notificationKind: 'ppc_preliminary', due: '2026-12-05', status: { kind: 'overdue', days: 24 } });
    expect(page.items[2]).toMatchObject({ reportable: 'yes', triggers: ['financialRisk'], companyName: '株式会社サンプル' });
    expect(page.items[3]!.nextDeadline).toBeNull();
  });

  it('carries in each row the same facts as the incident it summarises', async () => {
    const { core, company } = await incidentCore();
    await seed(core, company.id);
    const page = await call(core, 'incidents.list', {});
    const fields = ['id', 'title', 'companyId', 'companyName', 'status', 'breachKind', 'certainty', 'knownAt', 'reportable', 'triggers', 'nextDeadline', 'updatedAt'] as const;
    for (const item of page.items) {
      const incident = await call(core, 'incidents.get', { id: item.id });
      expect(Object.keys(item).sort()).toEqual([...fields].sort());
      for (const field of fields) expect(item[field], `${item.title}: ${field}`).toEqual(incident[field]);
    }
    // The seed differs in every field a row carries, so a field read from another column would show.
    for (const field of ['title', 'companyId', 'status', 'breachKind', 'knownAt', 'reportable', 'nextDeadline'] as const) {
      expect(new Set(page.items.map((item) => JSON.stringify(item[field]))).size, field).toBeGreaterThan(1);
    }
  });

  it('sorts by the time of knowing, newest first', async () => {
    const { core, company } = await incidentCore();
    await seed(core, company.id);
    expect(titles(await call(core, 'incidents.list', { sort: 'knownAt' }))).toEqual([
      'カード番号の漏えい',
      'ランサムウェア感染（ＶＰＮ機器）',
      '健康診断結果の誤送信',
      'USBメモリの紛失',
      '誤廃棄',
    ]);
  });

  it('filters by status, company, trigger, verdict, days of knowing and text, alone and together', async () => {
    const { core, company } = await incidentCore();
    const { beta } = await seed(core, company.id);
    const list = async (input: Parameters<typeof call<'incidents.list'>>[2]) => titles(await call(core, 'incidents.list', input));
    expect(await list({ status: ['closed'] })).toEqual(['誤廃棄']);
    expect(await list({ status: ['open', 'contained'], companyId: beta.id })).toEqual(['ランサムウェア感染（ＶＰＮ機器）', 'USBメモリの紛失']);
    expect(await list({ trigger: 'sensitive' })).toEqual(['健康診断結果の誤送信']);
    expect(await list({ trigger: 'wrongfulPurpose' })).toEqual(['ランサムウェア感染（ＶＰＮ機器）']);
    expect(await list({ reportable: 'no' })).toEqual(['USBメモリの紛失', '誤廃棄']);
    // Days of knowing in Japan time, both ends included.
    expect(await list({ knownFrom: '2026-12-01', knownTo: '2026-12-20' })).toEqual(['健康診断結果の誤送信', 'ランサムウェア感染（ＶＰＮ機器）']);
    expect(await list({ knownFrom: '2026-12-28' })).toEqual(['カード番号の漏えい']);
    // Text: title and other recorded text, folded (full/half width, case).
    expect(await list({ query: 'vpn' })).toEqual(['ランサムウェア感染（ＶＰＮ機器）']);
    expect(await list({ query: 'ｶｰﾄﾞ番号' })).toEqual(['カード番号の漏えい']);
    expect(await list({ query: 'カード会社', companyId: company.id, status: ['open'], knownFrom: '2026-12-01' })).toEqual([
      '健康診断結果の誤送信',
      'カード番号の漏えい',
    ]);
    expect(await list({ query: 'カード会社', companyId: company.id, status: ['open'], knownFrom: '2026-12-01', trigger: 'financialRisk' })).toEqual([
      'カード番号の漏えい',
    ]);
  });

  it('pages with a stable order and the total of all matches', async () => {
    const { core, company } = await incidentCore();
    await seed(core, company.id);
    const first = await call(core, 'incidents.list', { limit: 2 });
    const second = await call(core, 'incidents.list', { limit: 2, offset: 2 });
    const third = await call(core, 'incidents.list', { limit: 2, offset: 4 });
    expect([first.total, second.total, third.total]).toEqual([5, 5, 5]);
    expect([...titles(first), ...titles(second), ...titles(third)]).toEqual(titles(await call(core, 'incidents.list', {})));
    expect(third.items).toHaveLength(1);
  });
});

describe('the "statutory deadline missed" filter', () => {
  it('keeps the incidents whose 速報 or 確報 is past its deadline and unsent, by the app’s clock', async () => {
    const { core, company } = await incidentCore();
    const { health, malware } = await seed(core, company.id);
    expect(titles(await call(core, 'incidents.list', { overdue: true }))).toEqual(['健康診断結果の誤送信', 'ランサムウェア感染（ＶＰＮ機器）']);
    expect((await call(core, 'incidents.list', { overdue: true })).total).toBe(2);

    // Both reports sent (the 速報 late): nothing statutory is missed any more, though the notice is still pending.
    const items = (await call(core, 'notifications.list', { incidentId: health.id })).items;
    const of = (kind: string) => items.find((n) => n.notificationKind === kind)!;
    await call(core, 'notifications.markSent', { id: of('ppc_preliminary').id, revision: 1, sentAt: '2026-12-10T10:00+09:00', method: 'PPCウェブフォーム' });
    await call(core, 'notifications.markSent', { id: of('ppc_final').id, revision: 1, sentAt: '2026-12-20T10:00+09:00', method: 'PPCウェブフォーム' });
    expect(titles(await call(core, 'incidents.list', { overdue: true }))).toEqual(['ランサムウェア感染（ＶＰＮ機器）']);
    expect((await call(core, 'incidents.get', { id: health.id })).nextDeadline).toMatchObject({
      notificationKind: 'individuals_notice',
      status: { kind: 'target', tone: 'targetPassed' },
    });
    // It combines with the other filters, and the 確報 (day 60 here) counts like the 速報 once missed.
    expect(titles(await call(core, 'incidents.list', { overdue: true, trigger: 'wrongfulPurpose' }))).toEqual(['ランサムウェア感染（ＶＰＮ機器）']);
    expect(titles(await call(core, 'incidents.list', { overdue: true, status: ['closed'] }))).toEqual([]);
    const prelim = (await call(core, 'notifications.list', { incidentId: malware.id })).items.find((n) => n.notificationKind === 'ppc_preliminary')!;
    await call(core, 'notifications.markSent', { id: prelim.id, revision: 1, sentAt: '2026-12-23T10:00+09:00', method: 'PPCウェブフォーム' });
    expect(titles(await call(core, 'incidents.list', { overdue: true }))).toEqual([]);
  });

  it('refuses a filter that is not a yes or no, naming it', async () => {
    const { core } = await incidentCore();
    const error = await failure(core, 'incidents.list', { overdue: 'yes' });
    expect(error).toMatchObject({ code: 'validation', path: ['overdue'] });
    expect(error.message.ja).toBeTruthy();
    expect(error.message.en).toBeTruthy();
  });

  it('pages across the statutory part and the rest without losing or repeating a row', async () => {
    const { core, company } = await incidentCore();
    await seed(core, company.id);
    // Two incidents whose next date is a notice's yardstick (reports sent), one of them earlier than any 速報.
    for (const [title, knownAt] of [['本人通知待ち（古い）', '2026-11-02T10:00+09:00'], ['本人通知待ち（新しい）', '2026-12-26T10:00+09:00']] as const) {
      const incident = await call(core, 'incidents.create', cardLeak(company.id, { title, knownAt, occurredAt: null, discoveredAt: null }));
      for (const n of (await call(core, 'notifications.list', { incidentId: incident.id })).items.filter((x) => x.notificationKind.startsWith('ppc_'))) {
        await call(core, 'notifications.markSent', { id: n.id, revision: n.revision, sentAt: '2026-12-28T10:00+09:00', method: 'PPCウェブフォーム' });
      }
    }
    const all = titles(await call(core, 'incidents.list', {}));
    expect(all).toEqual([
      '健康診断結果の誤送信',
      'ランサムウェア感染（ＶＰＮ機器）',
      'カード番号の漏えい',
      '本人通知待ち（古い）',
      '本人通知待ち（新しい）',
      'USBメモリの紛失',
      '誤廃棄',
    ]);
    for (const limit of [1, 2, 3, 4]) {
      const pages: string[] = [];
      for (let offset = 0; offset < all.length; offset += limit) pages.push(...titles(await call(core, 'incidents.list', { limit, offset })));
      expect(pages, `pages of ${limit}`).toEqual(all);
    }
  });
});
