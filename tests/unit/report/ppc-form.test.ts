// The PPC form helper's model: the report's fields in the form's order, what an unknown value says (調査中 / 確認中,
// never blank), the 速報's answers carried into the 確報 with what changed marked, and ja / en completeness.
import { describe, expect, it } from 'vitest';
import { ppcFieldDefinitions, ppcFieldKeys, ppcSectionLabels } from '../../../shared/report/ppc-form-fields';
import { buildPpcForm, formAnswers, formFields, submissionMethod, type PpcForm, type PpcFormField } from '../../../shared/report/ppc-form';
import { isUnknownWording, unknownWording } from '../../../shared/report/unknown';
import { bareCompany, bareIncident, englishCompany, sentPreliminary } from './ppc-form-fixtures';

const japanese = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

function field(form: PpcForm, key: PpcFormField['key']): PpcFormField {
  const found = formFields(form).find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
}

const preliminaryOf = (overrides: Parameters<typeof bareIncident>[0] = {}, company = bareCompany()) =>
  buildPpcForm({ stage: 'preliminary', incident: bareIncident(overrides), company, notifications: [] });

describe('PPC form helper: order', () => {
  it('lists the reporter, the report, the dates, medium and entrustment, then items 1–9 in order', () => {
    const form = preliminaryOf();
    expect(form.sections.map((s) => s.key)).toEqual(['reporter', 'report', 'dates', 'circumstances', 'items']);
    const keys = formFields(form).map((f) => f.key);
    const before = (a: string, b: string) => expect(keys.indexOf(a as never)).toBeLessThan(keys.indexOf(b as never));
    expect(keys[0]).toBe('reporterName');
    before('reporterName', 'corporateNumber');
    before('corporateNumber', 'industry');
    before('industry', 'address');
    before('address', 'representative');
    before('representative', 'contactDepartment');
    before('contactDepartment', 'contactTitle');
    before('contactTitle', 'contactName');
    before('contactName', 'contactPhone');
    before('contactPhone', 'contactEmail');
    before('contactEmail', 'authorizedOrgTarget');
    before('authorizedOrgTarget', 'reportKind');
    before('reportKind', 'occurredAt');
    before('occurredAt', 'discoveredAt');
    before('discoveredAt', 'discoveredBy');
    before('discoveredBy', 'howDiscovered');
    before('howDiscovered', 'knownAt');
    before('knownAt', 'medium');
    before('medium', 'entrustor');
    before('entrustor', 'entrustee');
    before('entrustee', 'overview');
    const items = formFields(form).filter((f) => f.item !== null).map((f) => f.item);
    expect(items).toEqual([...items].sort((a, b) => a! - b!));
    expect(new Set(items)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]));
  });

  it('puts each of items 5–7 as its choice first, then its text', () => {
    const keys = formFields(preliminaryOf()).map((f) => f.key);
    expect(keys.slice(keys.indexOf('secondaryDamage'), keys.indexOf('prevention'))).toEqual([
      'secondaryDamage',
      'secondaryDamageDetail',
      'responseStatus',
      'responseDetail',
      'publicationStatus',
      'publicationDetail',
    ]);
  });

  it('shows each item once', () => {
    const keys = formFields(preliminaryOf()).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('PPC form helper: unknown values', () => {
  it('says 調査中 for facts still under investigation and 確認中 for what the reporter confirms, never blank', () => {
    const form = preliminaryOf();
    for (const f of formFields(form)) {
      expect(f.value.ja.trim(), f.key).not.toBe('');
      expect(f.value.en.trim(), f.key).not.toBe('');
      expect(f.value.ja, f.key).not.toContain('未記入');
    }
    expect(field(form, 'cause')).toMatchObject({ status: 'unknown', value: unknownWording.investigating });
    expect(field(form, 'occurredAt').value.ja).toBe('調査中');
    expect(field(form, 'medium').value.ja).toBe('調査中');
    expect(field(form, 'individuals').value.ja).toBe('調査中');
    expect(field(form, 'corporateNumber')).toMatchObject({ status: 'unknown', value: { ja: '確認中', en: 'To be confirmed' } });
    expect(field(form, 'secondaryDamage').value.ja).toBe('確認中');
    expect(field(form, 'prevention').value.ja).toBe('確認中');
    expect(field(form, 'reporterName')).toMatchObject({ status: 'given', value: { ja: '株式会社みなと物流' } });
  });

  it('recognises its own gap words, in both languages', () => {
    expect(isUnknownWording('調査中')).toBe(true);
    expect(isUnknownWording(' To be confirmed ')).toBe(true);
    expect(isUnknownWording('調査中の件について')).toBe(false);
  });

  it('answers "unknown" for secondary damage as the reporter chose it (不明), not as a gap', () => {
    const form = preliminaryOf({ secondaryDamage: 'unknown' });
    expect(field(form, 'secondaryDamage')).toMatchObject({ status: 'given', value: { ja: '不明', en: 'Unknown' } });
    expect(field(form, 'secondaryDamageDetail').status).toBe('unknown');
  });

  it('does not ask for the content of secondary damage that the reporter says there is none of', () => {
    const form = preliminaryOf({ secondaryDamage: 'no' });
    expect(field(form, 'secondaryDamageDetail')).toMatchObject({ status: 'given', value: { ja: '該当なし' } });
  });
});

describe('PPC form helper: values', () => {
  it('reads times in Japan time whatever the instant was written in', () => {
    const form = preliminaryOf({ occurredAt: '2027-02-02T16:10:00Z', discoveredAt: '2027-02-03T17:30:00+09:00' });
    expect(field(form, 'occurredAt').value).toEqual({ ja: '2027年2月3日 01:10', en: 'Feb 3, 2027, 01:10 (Japan time)' });
    expect(field(form, 'discoveredAt').value.ja).toBe('2027年2月3日 17:30');
    expect(field(form, 'knownAt').value.ja).toBe('2027年2月3日 18:45');
  });

  it('gives an estimate as such, with the largest number that may be affected', () => {
    const form = preliminaryOf({ individualsKind: 'estimate', individuals: 800, individualsUpperBound: 5000 });
    expect(field(form, 'individuals').value).toEqual({
      ja: '約800人（推計）（最大5,000人）',
      en: 'About 800 individuals (estimate), at most 5,000',
    });
  });

  it('lists the data items, marks sensitive data and keeps the user’s own words for item 2', () => {
    const form = preliminaryOf({ dataItems: ['name', 'medicalHistory'], otherDataItems: ['診察券番号'], reportItems: '一部は紙のカルテ' });
    expect(field(form, 'dataItems').value.ja).toBe('氏名、病歴・診療情報、診察券番号\n一部は紙のカルテ');
    expect(field(form, 'dataItems').value.en.startsWith('Name, medical history')).toBe(true);
    expect(field(form, 'sensitiveIncluded').value).toEqual({ ja: '含む', en: 'Included' });
  });

  it('names the situations of Rule Art. 7 that hold, and none of the tool’s verdict', () => {
    const form = preliminaryOf({ triggers: ['financialRisk', 'wrongfulPurpose'] });
    const value = field(form, 'situations').value.ja;
    expect(value).toContain('財産的被害が生じるおそれ');
    expect(value).toContain('不正の目的をもって行われたおそれ');
    expect(value).not.toContain('報告対象に当たります');
    expect(value).not.toContain('期限');
  });

  it('takes the protection manager as the contact person when no one else is named', () => {
    const form = preliminaryOf({}, bareCompany({ protectionManagerTitle: '個人情報保護管理者', protectionManagerName: '佐藤一郎' }));
    expect(field(form, 'contactName').value.ja).toBe('佐藤一郎');
    expect(field(form, 'contactTitle').value.ja).toBe('個人情報保護管理者');
    const named = preliminaryOf({}, bareCompany({ protectionManagerName: '佐藤一郎', contactName: '鈴木花子', contactTitle: '' }));
    expect(field(named, 'contactName').value.ja).toBe('鈴木花子');
    expect(field(named, 'contactTitle').status).toBe('unknown');
  });

  it('says whether the business is a target of an authorized organization, and which', () => {
    expect(field(preliminaryOf(), 'authorizedOrgTarget').value.ja).toBe('該当しない');
    const member = preliminaryOf({}, bareCompany({ authorizedOrgMember: true, authorizedOrgNameJa: '一般財団法人日本情報経済社会推進協会' }));
    expect(field(member, 'authorizedOrgTarget').value.ja).toBe('該当する（一般財団法人日本情報経済社会推進協会）');
  });

  it('names the entrustor and the entrustee only when there is one, and asks for the name when it is missing', () => {
    const form = preliminaryOf({ weAreEntrustee: true, entrustorName: '', weHaveEntrustee: true, entrusteeName: '株式会社クラウド倉庫' });
    expect(field(form, 'entrustor')).toMatchObject({ status: 'unknown', value: { ja: '確認中' } });
    expect(field(form, 'entrustee').value.ja).toBe('株式会社クラウド倉庫');
    expect(field(preliminaryOf(), 'entrustee').value.ja).toBe('なし');
  });

  it('adds the other bodies told only when there are some, sent or planned', () => {
    expect(formFields(preliminaryOf()).some((f) => f.key === 'otherBodies')).toBe(false);
    const form = buildPpcForm({
      stage: 'preliminary',
      incident: bareIncident(),
      company: bareCompany(),
      notifications: [
        sentPreliminary({ id: 20, notificationKind: 'other', recipient: '警視庁', sentAt: '2027-02-03T23:00:00Z' }),
        sentPreliminary({ id: 21, notificationKind: 'other', recipient: 'カード会社', sentAt: null }),
      ],
    });
    expect(field(form, 'otherBodies').value.ja).toBe('警視庁（2027年2月4日連絡済み）\nカード会社（連絡予定）');
  });

  it('reports to the delegated ministry when there is one, and records the submission by that route', () => {
    const form = preliminaryOf({ delegatedMinistry: '金融庁' });
    expect(form.recipient.ja).toBe('金融庁');
    expect(form.delegated).toBe(true);
    expect(submissionMethod('金融庁', 'en')).toBe('金融庁');
    expect(submissionMethod('', 'en')).toBe('PPC web form');
    expect(submissionMethod(' ', 'ja')).toBe('個人情報保護委員会の報告フォーム');
  });
});

describe('PPC form helper: the 確報 starts from the 速報', () => {
  const filedIncident = bareIncident({
    occurredAt: '2027-02-01T03:00:00Z',
    reportOverview: '倉庫管理システムに不正アクセスがあった。',
    reportCause: '',
    medium: 'electronic',
    secondaryDamage: 'unknown',
  });
  const filed = formAnswers(buildPpcForm({ stage: 'preliminary', incident: filedIncident, company: bareCompany(), notifications: [] }));

  it('shows the 速報’s date and reference number on the 確報', () => {
    const form = buildPpcForm({ stage: 'final', incident: filedIncident, company: bareCompany(), notifications: [sentPreliminary()], filed });
    expect(field(form, 'reportKind').value.ja).toBe('確報');
    expect(field(form, 'preliminarySentAt').value.ja).toBe('2027年2月5日 10:20');
    expect(field(form, 'preliminaryReference').value.ja).toBe('R-2027-0042');
    expect(field(form, 'reportKind').changedSinceFiled).toBeUndefined();
  });

  it('marks what changed since the 速報, beside the 速報’s answer, and leaves the rest unmarked', () => {
    const today = bareIncident({
      ...filedIncident,
      reportCause: 'VPN機器の脆弱性を突かれた。',
      secondaryDamage: 'no',
    });
    const form = buildPpcForm({ stage: 'final', incident: today, company: bareCompany(), notifications: [sentPreliminary()], filed });
    expect(field(form, 'overview')).toMatchObject({ changedSinceFiled: false, carriedFromFiled: false });
    expect(field(form, 'cause')).toMatchObject({
      changedSinceFiled: true,
      value: { ja: 'VPN機器の脆弱性を突かれた。' },
      filed: { status: 'unknown', value: { ja: '調査中' } },
    });
    expect(field(form, 'secondaryDamage')).toMatchObject({ changedSinceFiled: true, value: { ja: '無' }, filed: { value: { ja: '不明' } } });
    expect(field(form, 'medium').changedSinceFiled).toBe(false);
  });

  it('carries the 速報’s answer where the record no longer has one', () => {
    const today = bareIncident({ ...filedIncident, medium: '', reportOverview: '' });
    const form = buildPpcForm({ stage: 'final', incident: today, company: bareCompany(), notifications: [], filed });
    expect(field(form, 'medium')).toMatchObject({ status: 'given', value: { ja: '電子媒体' }, carriedFromFiled: true, changedSinceFiled: false });
    expect(field(form, 'overview').value.ja).toBe('倉庫管理システムに不正アクセスがあった。');
  });

  it('never carries 「なし」 into a field whose answer now says otherwise', () => {
    const today = bareIncident({ ...filedIncident, weAreEntrustee: true, entrustorName: '' });
    const form = buildPpcForm({ stage: 'final', incident: today, company: bareCompany(), notifications: [], filed });
    expect(field(form, 'entrustor')).toMatchObject({ status: 'unknown', value: { ja: '確認中' }, carriedFromFiled: false, changedSinceFiled: true });
    expect(field(form, 'entrustor').filed?.value.ja).toBe('なし');
  });

  it('marks a field the 速報 did not have as new once it is answered', () => {
    const form = buildPpcForm({
      stage: 'final',
      incident: filedIncident,
      company: bareCompany(),
      notifications: [sentPreliminary({ id: 30, notificationKind: 'other', recipient: '警視庁' })],
      filed,
    });
    expect(field(form, 'otherBodies')).toMatchObject({ filed: null, changedSinceFiled: true });
  });

  it('compares nothing on a 速報', () => {
    const form = buildPpcForm({ stage: 'preliminary', incident: filedIncident, company: bareCompany(), notifications: [], filed });
    expect(formFields(form).every((f) => f.changedSinceFiled === undefined && f.filed === undefined)).toBe(true);
  });
});

describe('PPC form helper: both languages', () => {
  it('labels every field and section in Japanese and English', () => {
    for (const key of ppcFieldKeys) {
      const { label } = ppcFieldDefinitions[key];
      expect(label.ja, key).toMatch(japanese);
      expect(label.en, key).not.toMatch(japanese);
      expect(label.en.trim(), key).not.toBe('');
    }
    for (const label of Object.values(ppcSectionLabels)) expect(label.en).not.toMatch(japanese);
  });

  it('puts no Japanese in English values when the user wrote in English', () => {
    const full = bareIncident({
      certainty: 'confirmed',
      triggers: ['sensitive', 'volume'],
      occurredAt: '2027-02-01T03:00:00Z',
      discoveredAt: '2027-02-03T01:00:00Z',
      discoveredBy: 'IT operations',
      howDiscovered: 'An alert from the firewall.',
      medium: 'both',
      weAreEntrustee: true,
      entrustorName: 'Blue Clinic',
      weHaveEntrustee: false,
      dataItems: ['name', 'healthCheck'],
      sensitive: true,
      individualsKind: 'exact',
      individuals: 1,
      reportOverview: 'A laptop was stolen.',
      reportCause: 'Left in a car.',
      secondaryDamage: 'yes',
      reportSecondaryDamage: 'Phishing mails reported.',
      individualsResponse: 'planned',
      reportResponse: 'Letters next week.',
      publication: 'notPlanned',
      reportPublication: 'Everyone is notified individually.',
      reportPrevention: 'Disk encryption.',
      reportOther: 'Police informed.',
    });
    for (const stage of ['preliminary', 'final'] as const) {
      const form = buildPpcForm({ stage, incident: full, company: englishCompany, notifications: [sentPreliminary()] });
      for (const f of formFields(form)) expect(f.value.en, f.key).not.toMatch(japanese);
      for (const f of formFields(form)) expect(f.status, f.key).toBe('given');
    }
    const one = buildPpcForm({ stage: 'preliminary', incident: full, company: englishCompany, notifications: [] });
    expect(field(one, 'individuals').value.en).toBe('1 individual');
    expect(field(one, 'representative').value).toEqual({ ja: 'CEO\u3000Ken Sato', en: 'Ken Sato, CEO' });
  });

  it('keeps what the user wrote in Japanese only in the English value too, rather than a gap', () => {
    const form = preliminaryOf({}, bareCompany({ addressJa: '東京都港区芝公園1-2-3', postalCode: '105-0011' }));
    expect(field(form, 'address').value).toEqual({ ja: '〒105-0011 東京都港区芝公園1-2-3', en: '105-0011 東京都港区芝公園1-2-3' });
    const rep = preliminaryOf({}, bareCompany({ representativeTitleJa: '代表取締役', representativeNameJa: '山田太郎' }));
    expect(field(rep, 'representative').value).toEqual({ ja: '代表取締役\u3000山田太郎', en: '代表取締役\u3000山田太郎' });
  });
});
