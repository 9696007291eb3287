import { describe, expect, it } from 'vitest';
import { linkRuns } from '../../main/core/export/inline';
import { headingText } from '../../main/core/export/text/heading';
import { withEraDates } from '../../main/core/export/text/dates';
import { layoutLines } from '../../main/core/export/text/lines';
import { splitMarker } from '../../main/core/export/text/markers';

/**
 * The text rules behind print-grade policies: which lines are numbered items (hanging indent), the era added to
 * dates written in the text, where a URL may break, what becomes a link, and a bracketed title not bracketed twice.
 */
describe('numbered and bulleted items', () => {
  it.each([
    ['（1）当社は、個人情報を適正に取得します。', '（1）', '当社は、個人情報を適正に取得します。'],
    ['（１２）その他', '（１２）', 'その他'],
    ['(a) We collect your name.', '(a)', 'We collect your name.'],
    ['(iv) Cookies', '(iv)', 'Cookies'],
    ['1. Purpose of use', '1.', 'Purpose of use'],
    ['2) 委託先の監督', '2)', '委託先の監督'],
    ['３．安全管理措置', '３．', '安全管理措置'],
    ['② 開示の請求', '②', '開示の請求'],
    ['一、個人情報の取得', '一、', '個人情報の取得'],
    ['・氏名、住所', '・', '氏名、住所'],
    ['- IP address', '-', 'IP address'],
    ['※ 祝日を除きます。', '※', '祝日を除きます。'],
  ])('%s hangs after %s', (line, marker, rest) => {
    expect(splitMarker(line)).toEqual({ marker, rest });
  });

  it.each(['1,000円の手数料を申し受けます。', '2026.4.1 制定', '3 days after the request', '2020年4月1日制定', 'Article 3 applies.', '（1）', '12:00から受付', '1.5倍の期間'])(
    '%s is no item',
    (line) => {
      expect(splitMarker(line)).toBeNull();
    },
  );
});

describe('dates in the text with their era (--era)', () => {
  it.each([
    ['2020年4月1日制定', '2020年（令和2年）4月1日制定'],
    ['施行日 2019年4月30日、改定 2019年5月1日', '施行日 2019年（平成31年）4月30日、改定 2019年（令和元年）5月1日'],
    ['２０２０年４月１日', '２０２０年（令和2年）４月１日'],
    ['2019年4月より', '2019年（平成31年）4月より'],
  ])('%s → %s', (text, expected) => {
    expect(withEraDates(text)).toBe(expected);
  });

  it.each(['2020年（令和2年）4月1日', '2020年度の計画', '2020年2月30日', 'December 1, 2020'])('%s stays as written', (text) => {
    expect(withEraDates(text)).toBe(text);
  });
});

describe('web addresses', () => {
  const measure = (text: string) => [...text].length;

  it('break only after their separators, never inside a name', () => {
    const url = 'https://www.example.co.jp/privacy/cookie-policy/index.html?lang=ja&ref=policy';
    const lines = layoutLines([{ text: `See ${url} for details.`, style: {} }], 24, measure).map((line) => line.fragments.map((f) => f.text).join(''));
    expect(lines.join('').replace(/\s/g, '')).toBe(`See${url}fordetails.`);
    const parts = lines.filter((line) => line.includes('example') || line.includes('privacy') || line.includes('ref='));
    expect(parts.length).toBeGreaterThan(2);
    // A line that ends inside the address ends at one of its separators.
    for (const line of lines.slice(0, -1)) {
      const last = line.trim().split(/\s+/).at(-1)!;
      if (url.includes(last) && !url.endsWith(last)) expect(last, line).toMatch(/[/.?&=_-]$/);
    }
  });

  it('become links, sentence punctuation left outside', () => {
    const runs = linkRuns([{ text: '詳しくは https://example.jp/privacy をご覧ください。See www.example.com/policy.' }]);
    expect(runs.filter((run) => !run.missing && run.link).map((run) => (run.missing ? '' : [run.text, run.link]))).toEqual([
      ['https://example.jp/privacy', 'https://example.jp/privacy'],
      ['www.example.com/policy', 'https://www.example.com/policy'],
    ]);
    expect(runs.map((run) => (run.missing ? '' : run.text)).join('')).toBe('詳しくは https://example.jp/privacy をご覧ください。See www.example.com/policy.');
  });
});

describe('article headings', () => {
  it('bracket a title once, also when it is already bracketed and something follows the bracket', () => {
    expect(headingText({ label: '第1条', text: '（基本方針）🔒', labelStyle: 'article' }, 'ja')).toBe('第1条（基本方針）🔒');
    expect(headingText({ label: '第1条', text: '基本方針', labelStyle: 'article' }, 'ja')).toBe('第1条（基本方針）');
    expect(headingText({ label: 'Article 1', text: '(Basic Policy) 🔒', labelStyle: 'article' }, 'en')).toBe('Article 1 (Basic Policy) 🔒');
  });
});
