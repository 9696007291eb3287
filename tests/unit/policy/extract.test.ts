import { describe, expect, it } from 'vitest';
import { findCountries } from '../../../shared/policy/countries';
import { findCompanyNames, findEmails, findFeeAmounts, findPhones, findUrls, findYenAmounts, hasPostalAddress } from '../../../shared/policy/extract';
import { findTools } from '../../../shared/policy/known-tools';
import { compactForMatch, languageOf, normalizeForMatch } from '../../../shared/policy/text';

describe('normalisation for matching', () => {
  it('folds widths, look-alike radicals, dashes and case', () => {
    expect(normalizeForMatch('個⼈情報保護⽅針')).toBe('個人情報保護方針');
    expect(normalizeForMatch('１，０００円　ＴＥＬ－０３')).toBe('1,000円 tel-03');
    expect(compactForMatch('株式会社 GFDX')).toBe(compactForMatch('株式会社ＧＦＤＸ'));
    expect(languageOf('プライバシーポリシー')).toBe('ja');
    expect(languageOf('This Privacy Policy applies to 株式会社あおば.')).toBe('en');
  });
});

describe('extractors', () => {
  it('finds e-mail addresses, also when written with [at] and [dot]', () => {
    expect(findEmails('mail: Info@Example.co.jp / support[at]example[dot]com / privacy (at) example (dot) org.')).toEqual([
      'info@example.co.jp',
      'support@example.com',
      'privacy@example.org',
    ]);
  });

  it('finds Japanese phone numbers, not postal codes or dates', () => {
    expect(findPhones('TEL：０３－１２３４－５６７８／0120-700-779　〒106-0032 2024-04-01 FAX 06(6123)4567')).toEqual([
      '03-1234-5678',
      '0120-700-779',
      '06-6123-4567',
    ]);
  });

  it('reads yen amounts in every common notation and fees only where a fee is meant', () => {
    expect(findYenAmounts('１，０００円、500 yen、¥2,000、JPY 300')).toEqual([1000, 500, 2000, 300]);
    expect(findFeeAmounts('手数料は1件あたり1，000円です。会費は月額5,000円です。')).toEqual([1000]);
    expect(findFeeAmounts('A fee of 1,000 yen applies. The service costs 980 yen.')).toEqual([1000]);
  });

  it('finds company-name candidates in both languages', () => {
    const text = '株式会社あおぞら（以下「当社」）は、Zendesk, Inc.及びFunctional Software Inc.を利用します。Blue Sky Co., Ltd. / みどり工業株式会社';
    expect(findCompanyNames(text)).toEqual(['株式会社あおぞら', 'Zendesk, Inc.', 'Functional Software Inc.', 'Blue Sky Co., Ltd.', 'みどり工業株式会社']);
    expect(findCompanyNames('The Company and our users')).toEqual([]);
  });

  it('recognises a Japanese postal address in either language', () => {
    expect(hasPostalAddress('〒100-0005 千代田区丸の内')).toBe(true);
    expect(hasPostalAddress('石川県白山市瀬波1-2')).toBe(true);
    expect(hasPostalAddress('1-9-9 Roppongi, Minato-ku, Tokyo')).toBe(true);
    expect(hasPostalAddress('375 Beale Street, San Francisco, CA 94105, USA')).toBe(false);
    expect(hasPostalAddress('当社は住所を取得します。')).toBe(false);
  });

  it('finds URLs without trailing punctuation', () => {
    expect(findUrls('See https://example.com/optout.')).toEqual(['https://example.com/optout']);
  });
});

describe('known tools and countries', () => {
  it('finds tools by their usual names in both languages', () => {
    const names = findTools('Googleアナリティクス、GTM以外に google tag manager、Facebook Pixel、Microsoft Clarity、HubSpot、Stripe').map((tool) => tool.name);
    expect(names).toEqual(['Google Analytics', 'Google Tag Manager', 'Stripe', 'Meta Pixel', 'HubSpot', 'Microsoft Clarity']);
  });

  it('does not mistake ordinary words for tools', () => {
    expect(findTools('a striped pattern; the intercom on the door; an amplitude of 3')).toEqual([]);
  });

  it('finds countries, but not pronouns, regions or longer words', () => {
    expect(findCountries('Twilio Inc., San Francisco, CA 94105, USA; EU-US Privacy Shield').map((c) => c.code)).toEqual(['US', 'EU']);
    expect(findCountries('シンガポール及びインドネシアのサーバー').map((c) => c.code)).toEqual(['SG', 'ID']);
    expect(findCountries('Contact us. Let us know. 中国地方の支店。タイミングとインドア。Indiana')).toEqual([]);
    expect(findCountries('Japanese law applies in Japan.')).toEqual([]);
  });
});
