import { describe, expect, it } from 'vitest';
import { noticeLetter, readLetter, salutation, suggestedActions } from '../../../shared/domain/notice-letter';
import { completeLetter, proposeLetter, type LetterFacts } from '../../../shared/domain/notice-letter-proposal';
import { hasJapanese, toPolite } from '../../../shared/domain/polite-japanese';

/**
 * The notice letter's pure parts: the salutation per addressee, the plain-to-polite conversion of the report's
 * sentences (only where safe), and the letter proposed from the record's facts.
 */
const facts = (overrides: Partial<LetterFacts> = {}): LetterFacts => ({
  breachKind: 'leak',
  certainty: 'confirmed',
  knownAt: '2026-12-21T00:30:00Z',
  discoveredAt: '2026-12-20T06:00:00Z',
  dataItems: ['name', 'email'],
  otherDataItems: [],
  individualsKind: 'exact',
  individuals: 86,
  individualsUpperBound: null,
  facts: { wrongfulPurpose: null, financialRisk: null },
  reportOverview: '',
  reportItems: '',
  reportCause: '',
  reportSecondaryDamage: '',
  reportPrevention: '',
  ...overrides,
});

describe('salutation', () => {
  it.each([
    ['customers', '', 'お客様各位', 'Dear Customers,'],
    ['members', '', '会員各位', 'Dear Members,'],
    ['employees', '', '従業員各位', 'Dear Employees,'],
    ['applicants', '', '応募者各位', 'Dear Applicants,'],
    ['users', '', 'ご利用者各位', 'Dear Users,'],
    ['named', '山田太郎', '山田太郎 様', 'Dear 山田太郎,'],
    ['named', '田中花子様', '田中花子様', 'Dear 田中花子,'],
    ['named', 'Jane Doe', 'Jane Doe 様', 'Dear Jane Doe,'],
    ['', '', '関係者各位', 'Dear Sir or Madam,'],
  ] as const)('%s %s → %s / %s', (addressee, name, ja, en) => {
    expect(salutation(addressee, name, 'ja')).toBe(ja);
    expect(salutation(addressee, name, 'en')).toBe(en);
  });
});

describe('toPolite', () => {
  it('converts the plain endings a report uses', () => {
    expect(toPolite('従業員のパソコンがマルウェアに感染した。')).toBe('従業員のパソコンがマルウェアに感染しました。');
    expect(toPolite('外部に送信されていた。現在も調査している。')).toBe('外部に送信されていました。現在も調査しています。');
    expect(toPolite('不正利用は確認されていない。原因は設定の誤りである。')).toBe('不正利用は確認されていません。原因は設定の誤りです。');
    expect(toPolite('調査中（12月30日に完了予定）')).toBe('調査中です（12月30日に完了予定）。');
  });

  it('keeps text already in です・ます as it is', () => {
    const polite = '決済画面が改ざんされたことが判明しました。カード会社と連携して監視しています。';
    expect(toPolite(polite)).toBe(polite);
  });

  it('gives up on a sentence it cannot convert safely, rather than mixing registers', () => {
    expect(toPolite('書類を紛失した。担当者が鞄を電車に置いた。')).toBeNull();
    expect(toPolite('添付ファイルを開いたことによる。')).toBeNull();
  });
});

describe('proposeLetter', () => {
  it('writes a polite overview from the facts, with the date, the kind of breach and the count', () => {
    const letter = proposeLetter(facts({ certainty: 'suspected' }), { addressee: 'employees', addresseeName: '' });
    expect(letter.ja.overview).toBe('2026年12月20日、当社がお預かりしている従業員の皆様の個人情報が漏えいしたおそれがあることが判明いたしました。対象となる方は86名です。');
    expect(letter.en.overview).toBe('On December 20, 2026, we found that personal information about our employees that we hold may have been leaked. 86 people are affected.');
    expect(letter.ja.items).toBe('氏名、メールアドレス');
    expect(letter.en.items).toBe('Name, email address');
  });

  it('takes the report’s texts converted to です・ます, and never copies a plain-form sentence', () => {
    const letter = proposeLetter(
      facts({ reportOverview: '人事部のパソコンがマルウェアに感染した。', reportCause: '添付ファイルを開いたことによる。', facts: { wrongfulPurpose: true, financialRisk: null } }),
      { addressee: 'employees', addresseeName: '' },
    );
    expect(letter.ja.overview).toBe('人事部のパソコンがマルウェアに感染しました。');
    expect(letter.ja.cause).toBe('第三者による不正アクセス等の不正な行為によるものと考えております。詳しい原因は、引き続き調査しております。');
    // Japanese report texts are not English: the English letter is written from the facts.
    expect(hasJapanese(letter.en.overview)).toBe(false);
    expect(hasJapanese(letter.en.cause)).toBe(false);
  });

  it('does not claim there is no secondary damage unless the record says so', () => {
    expect(proposeLetter(facts(), { addressee: 'customers', addresseeName: '' }).ja.damage).toBe('現在、本件による二次被害の有無を確認しております。');
    expect(proposeLetter(facts({ secondaryDamage: 'no' }), { addressee: 'customers', addresseeName: '' }).ja.damage).toBe('現時点で、本件による二次被害は確認されておりません。');
  });

  it('suggests the actions that fit the data: card statements and reissue for card numbers, passwords for credentials', () => {
    expect(suggestedActions(['creditCard'])).toEqual(['cardStatements', 'cardReissue', 'phishing']);
    expect(suggestedActions(['loginCredentials'])).toEqual(['passwordChange', 'phishing']);
    expect(suggestedActions(['healthCheck'])).toEqual([]);
  });

  it('completes a stored letter: the user’s texts and choices win, empty texts take the proposal', () => {
    const stored = noticeLetter.parse({ ja: { cause: '委託先のサーバーへの不正アクセスによるものです。' }, actions: [] });
    const letter = completeLetter(stored, facts({ dataItems: ['creditCard'] }), { addressee: 'customers', addresseeName: '' });
    expect(letter.ja.cause).toBe('委託先のサーバーへの不正アクセスによるものです。');
    expect(letter.ja.overview).toContain('判明いたしました');
    expect(letter.actions).toEqual([]);
  });

  it('reads a stored letter leniently: the migration’s default {} and broken JSON are an empty letter', () => {
    expect(readLetter('{}').actions).toBeNull();
    expect(readLetter('not json').ja.overview).toBe('');
  });
});
