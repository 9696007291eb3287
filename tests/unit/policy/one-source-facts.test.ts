import { describe, expect, it } from 'vitest';
import { revisionHistory } from '../../../shared/domain/policy-history';
import type { PolicyVersionSummary } from '../../../shared/domain/policy-version';
import { buildPolicyFromTemplate, type TemplateContext } from '../../../shared/policy';
import { historyEvents, priorHistoryOf } from '../../../shared/policy/history-dates';
import { syncFactSentences } from '../../../shared/policy/clauses/sync';
import type { PolicySection, SectionOf } from '../../../shared/policy/model';
import { sectionDataLines } from '../../../shared/policy/section-data-text';
import { signedInText } from '../../../shared/policy/signature';
import { codes, company, en, ja, ownDesk, rule, section } from './helpers';

/**
 * Issue 11 item 3: a sentence that states a structured fact is generated from it, or flagged when it contradicts
 * it; 制定日 and 改定 dates come from one history; the signature appears once.
 */
const context: TemplateContext = { company, complaintDeskIds: [1], requestFeeYen: null, establishedOn: '2020-04-01', effectiveOn: '2026-04-01' };
const textOf = (sections: readonly PolicySection[], lang: 'ja' | 'en') =>
  sections.map((s) => [lang === 'ja' ? s.bodyJa : s.bodyEn, ...sectionDataLines(s, lang)].join('\n')).join('\n');

describe('the fee sentence follows the fee field', () => {
  const requests = () => buildPolicyFromTemplate('saas_app', context).sections.find((s) => s.kind === 'request_procedures') as SectionOf<'request_procedures'>;

  it('writes the charged sentence when a fee is set, in both languages, and the free one when it is cleared', () => {
    const free = requests();
    expect(free.bodyJa).toContain('手数料はいただきません');
    const charged = syncFactSentences(free, { ...free, feeYen: 1000 });
    expect(charged.bodyJa).toContain('1件につき1,000円の手数料をいただきます');
    expect(charged.bodyJa).not.toContain('手数料はいただきません');
    expect(charged.bodyEn).toContain('A fee of 1,000 yen per request');
    expect(charged.bodyEn).not.toContain('No fee is charged');
    const more = syncFactSentences(charged, { ...charged, feeYen: 1500 });
    expect(more.bodyJa).toContain('1,500円');
    expect(more.bodyJa).not.toContain('1,000円');
    const back = syncFactSentences(more, { ...more, feeYen: null });
    expect(back.bodyJa).toBe(free.bodyJa);
    expect(back.bodyEn).toBe(free.bodyEn);
  });

  it('leaves the user’s own wording alone (the checker flags it instead)', () => {
    const own = ja('request_procedures', '開示等の請求', '開示の請求は無料で承ります。', { feeYen: null });
    const changed = syncFactSentences(own, { ...own, feeYen: 800 });
    expect(changed.bodyJa).toBe('開示の請求は無料で承ります。');
    const result = rule({ sections: [changed] }, 'request-fee');
    expect(result.status).toBe('missing');
    expect(result.evidence[0]?.quote).toContain('無料');
  });

  it('changes nothing when the fee did not change', () => {
    const free = requests();
    const edited = { ...free, methodJa: '郵送' };
    expect(syncFactSentences(free, edited)).toBe(edited);
  });
});

describe('dates come from one history', () => {
  const version = (number: number, effectiveOn: string): PolicyVersionSummary =>
    ({ id: number * 10, policyId: 1, number, status: 'published', effectiveOn, publishedAt: `${effectiveOn}T00:00:00.000Z`, changeSummaryJa: '', changeSummaryEn: '' }) as PolicyVersionSummary;

  it('puts the establishment stated before the first publication first, and the first publication becomes a revision', () => {
    const entries = revisionHistory([version(1, '2026-04-01'), version(2, '2026-10-01')], { establishedOn: '2020-04-01', revisedOn: ['2022-04-01'] });
    expect(entries.map((entry) => entry.text.ja)).toEqual(['2020年4月1日 制定', '2022年4月1日 改定', '2026年4月1日 改定', '2026年10月1日 改定']);
    expect(entries.map((entry) => entry.versionId)).toEqual([null, null, 10, 20]);
  });

  it('takes the first publication as the establishment when no earlier date is stated, or the same date', () => {
    expect(revisionHistory([version(1, '2026-04-01')]).map((e) => e.text.ja)).toEqual(['2026年4月1日 制定']);
    expect(revisionHistory([version(1, '2026-04-01')], { establishedOn: '2026-04-01', revisedOn: [] }).map((e) => e.text.ja)).toEqual(['2026年4月1日 制定']);
    // A later date in the section is not history: the published versions are.
    expect(revisionHistory([version(1, '2026-04-01')], { establishedOn: '2027-01-01', revisedOn: ['2026-05-01'] }).map((e) => e.text.ja)).toEqual(['2026年4月1日 制定']);
  });

  it('orders prior dates and drops duplicates', () => {
    expect(historyEvents({ establishedOn: '', revisedOn: ['2023-04-01', '2021-04-01', '2023-04-01'] }, ['2026-04-01']).map((e) => [e.event, e.date])).toEqual([
      ['revised', '2021-04-01'],
      ['revised', '2023-04-01'],
      ['revised', '2026-04-01'],
    ]);
  });

  it('does not print the revision dates inside the revisions article (the history table does, once)', () => {
    const revisions = section('revisions', { establishedOn: '2020-04-01', effectiveOn: '2026-04-01', revisedOn: ['2022-04-01'] });
    expect(sectionDataLines(revisions, 'ja')).toEqual([]);
  });

  it('flags a date in the text that contradicts the history', () => {
    const body = ja('basic_policy_statement', '個人情報保護方針', '当社は個人情報を適切に保護します。\n制定日：2020年4月1日');
    const stated = section('revisions', { headingJa: '改定', bodyJa: '改定は当社ウェブサイトで告知します。', establishedOn: '2018-04-01' });
    const result = rule({ sections: [body, stated], history: ['2026-04-01'] }, 'revisions');
    expect(codes(result)).toContain('dates-contradict-history');
    expect(result.warnings.find((w) => w.code === 'dates-contradict-history')?.message.ja).toContain('2018年4月1日 制定');
    // A 制定日 on or after the first publication here cannot be the establishment either.
    const late = ja('basic_policy_statement', '個人情報保護方針', '制定日：2026年10月1日');
    expect(codes(rule({ sections: [late], history: ['2026-04-01'] }, 'revisions'))).toContain('dates-contradict-history');

    const english = ja('revisions', 'Revisions', 'Established: April 1, 2021\nRevised: October 1, 2024');
    const en = rule({ sections: [english], history: ['2021-04-01', '2024-10-01'] }, 'revisions');
    expect(codes(en)).not.toContain('dates-contradict-history');
    const wrongRevision = rule({ sections: [ja('revisions', '改定', '2021年4月1日 制定\n2023年7月1日 改定')], history: ['2021-04-01', '2024-10-01'] }, 'revisions');
    expect(codes(wrongRevision)).toContain('dates-contradict-history');
  });

  it('starts the history with the dates an imported text states when the fields are empty', () => {
    const closing = ja('custom', '附則', '制定：2008年1月11日\n改定：2011年11月1日');
    const version = { id: 10, policyId: 1, number: 1, status: 'published', effectiveOn: '2026-04-01', publishedAt: '2026-04-01T00:00:00.000Z', changeSummaryJa: '', changeSummaryEn: '' } as PolicyVersionSummary;
    expect(revisionHistory([version], priorHistoryOf([closing])).map((e) => e.text.ja)).toEqual(['2008年1月11日 制定', '2011年11月1日 改定', '2026年4月1日 改定']);
    expect(codes(rule({ sections: [closing], history: ['2026-04-01'] }, 'revisions'))).not.toContain('dates-contradict-history');
    expect(priorHistoryOf([en('custom', 'Closing', 'Established on February 1, 2017\nChat Plus Co., Ltd.')])).toEqual({ establishedOn: '2017-02-01', revisedOn: [] });
  });

  it('accepts dates stated as history before the first publication, and the revision this draft is for', () => {
    const revisions = ja('revisions', '改定履歴', '2020年4月1日 制定\n2026年10月1日 改定', { establishedOn: '2020-04-01' });
    expect(codes(rule({ sections: [revisions], history: ['2026-04-01'] }, 'revisions'))).not.toContain('dates-contradict-history');
  });
});

describe('the signature appears once', () => {
  it('the basic policy statement carries no date, company or representative of its own (the document’s signature does)', () => {
    const policy = buildPolicyFromTemplate('b2b_privacymark', context);
    const basic = policy.sections.find((s) => s.kind === 'basic_policy_statement')!;
    expect(basic.bodyJa).not.toContain('制定日');
    expect(basic.bodyJa).not.toContain('青木 一郎');
    expect(basic.bodyEn).not.toContain('Established');
    // The business's identity (Art. 32(1)(i)) is stated once, in its own article.
    expect(textOf(policy.sections, 'ja').split('青木 一郎').length - 1).toBe(1);
    expect(textOf(policy.sections, 'ja')).not.toContain('2020年4月1日');
  });
});

describe('a fact kept in a field is not restated differently in the text', () => {
  const fields = {
    jointItemsJa: '氏名、住所、電話番号、購入履歴',
    jointUsersJa: '当社の子会社（株式会社みどり物流）',
    jointPurposesJa: '商品の配送及びアフターサービスのため',
    responsibleNameJa: '株式会社みどり商会',
    responsibleAddressJa: '東京都千代田区丸の内1-1-1',
    responsibleRepresentativeJa: '代表取締役 青木 一郎',
  };

  it('warns when the text of a joint-use article states an item its fields also state', () => {
    const body = '当社は、次のとおり個人データを共同利用します。\n共同して利用される個人データの項目：氏名、住所';
    const result = rule({ sections: [ja('joint_use', '共同利用', body, fields)] }, 'joint-use');
    expect(result.status).toBe('met');
    const found = result.warnings.find((w) => w.code === 'joint-use-stated-twice');
    expect(found?.message.ja).toContain('共同して利用される個人データの項目');
    expect(found?.message.ja).toContain('食い違って');
  });

  it('does not warn for an introduction only, or a text-only article', () => {
    expect(codes(rule({ sections: [ja('joint_use', '共同利用', '当社は、次のとおり個人データを共同利用します。', fields)] }, 'joint-use'))).not.toContain('joint-use-stated-twice');
    const prose = ja('joint_use', '共同利用', '共同して利用される個人データの項目：氏名\n共同して利用する者の範囲：子会社\n利用する者の利用目的：配送のため\n管理について責任を有する者：株式会社みどり商会（東京都千代田区、代表取締役 青木一郎）');
    expect(codes(rule({ sections: [prose] }, 'joint-use'))).not.toContain('joint-use-stated-twice');
  });

  it('warns when the text of a desk article gives a phone or e-mail other than the linked desk record', () => {
    const desk = ja('complaint_desk', '苦情・相談窓口', '苦情は下記窓口で受け付けます。\n電話：03-9999-0000', { deskIds: [ownDesk.id] });
    const result = rule({ sections: [desk], desks: [ownDesk] }, 'complaint-desk');
    const found = result.warnings.find((w) => w.code === 'desk-details-contradict');
    expect(found?.message.ja).toContain('03-9999-0000');
  });

  it('warns that a linked desk’s own number typed again prints twice', () => {
    const desk = ja('complaint_desk', '苦情・相談窓口', '苦情は下記窓口（privacy@midori.example.jp）で受け付けます。', { deskIds: [ownDesk.id] });
    expect(codes(rule({ sections: [desk], desks: [ownDesk] }, 'complaint-desk'))).toContain('desk-details-twice');
    const plain = ja('complaint_desk', '苦情・相談窓口', '苦情は下記窓口で受け付けます。', { deskIds: [ownDesk.id] });
    const codesOf = codes(rule({ sections: [plain], desks: [ownDesk] }, 'complaint-desk'));
    expect(codesOf).not.toContain('desk-details-twice');
    expect(codesOf).not.toContain('desk-details-contradict');
    // Without a linked record, the text is the only source: nothing to compare.
    const unlinked = ja('complaint_desk', '苦情・相談窓口', '電話：03-9999-0000');
    expect(codes(rule({ sections: [unlinked] }, 'complaint-desk'))).not.toContain('desk-details-contradict');
  });
});

describe('a policy whose text carries its own signature', () => {
  it('is recognised in Japanese and English, so the export adds none', () => {
    const ja1 = ja('custom', '附則', '制定：2008年1月11日\n改定：2011年11月1日\n株式会社 GFD\n代表取締役 横溝 芳郎');
    expect(signedInText([ja1], 'ja')).toBe(true);
    const en1 = en('custom', 'Privacy policy', '7. We will respond to requests.\nEstablished on February 1, 2017\nChat Plus Co., Ltd.\n\nYoshihito Nishida, President and Representative Director');
    // Under the basic policy, with more articles after it.
    expect(signedInText([en1, en('custom', 'Purposes', 'We use personal information to answer inquiries.')], 'en')).toBe(true);
    expect(signedInText([ja('custom', '附則', '株式会社みどり商会\n青木 一郎')], 'ja', ['青木 一郎'])).toBe(true);
  });

  it('is not a contact article’s identity lines or a long sentence naming the president', () => {
    const contact = ja('contact', 'お問い合わせ', '事業者の名称：株式会社サンプル\n代表者：代表取締役社長 山田太郎\n本ポリシーに関するお問い合わせは、苦情・相談窓口までお寄せください。');
    expect(signedInText([contact], 'ja')).toBe(false);
    const prose = en('custom', 'Governance', 'The President of the Company oversees the personal information protection management system, reviews it at least once a year and reports to the board.');
    expect(signedInText([prose], 'en')).toBe(false);
    expect(signedInText([ja1Only()], 'en')).toBe(false);
  });
});

function ja1Only() {
  return ja('custom', '附則', '株式会社 GFD\n代表取締役 横溝 芳郎');
}
