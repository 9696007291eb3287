import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/core/api';
import { contract } from '../../../shared/contract';
import { call, sampleCompany } from '../core/helpers';
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
  it('sorts by next deadline — overdue first, none last — and carries each row’s deadline and status', async () => {
    const { core, company } = await incidentCore();
    await seed(core, company.id);
    const page = await call(core, 'incidents.list', {});
    expect(contract['incidents.list'].output.safeParse(page).success).toBe(true);
    expect(page.total).toBe(5);
    expect(titles(page)).toEqual([
      '健康診断結果の誤送信', // notice due 12/03: overdue
      'ランサムウェア感染（ＶＰＮ機器）', // notice due 12/22: overdue
      'カード番号の漏えい', // notice due 12/30
      'USBメモリの紛失', // nothing due (ids order the ties)
      '誤廃棄',
    ]);
    expect(page.items[0]!.nextDeadline).toMatchObject({ notificationKind: 'individuals_notice', due: '2026-12-03', status: { kind: 'overdue', days: 26 } });
    expect(page.items[2]).toMatchObject({ reportable: 'yes', triggers: ['financialRisk'], companyName: '株式会社サンプル' });
    expect(page.items[3]!.nextDeadline).toBeNull();
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
