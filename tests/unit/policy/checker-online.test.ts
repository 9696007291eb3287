import { describe, expect, it } from 'vitest';
import { checkerFacts, checkerSummary, checkPolicy, ruleCitations, ruleIds } from '../../../shared/policy/checker';
import { codes, en, ja, rule, section } from './helpers';

const row = {
  tool: 'Google Analytics',
  recipient: 'Google LLC',
  dataSentJa: '閲覧したページ、IPアドレス、Cookie識別子',
  purposeJa: '利用状況の分析のため',
};

describe('external-transmission (Telecommunications Business Act Art. 27-12)', () => {
  it('is not applicable when no tag or SDK is used', () => {
    expect(rule({ sections: [ja('purposes_of_use', '利用目的', '発送のため')] }, 'external-transmission').status).toBe('na');
  });

  it('is met by complete structured rows', () => {
    const result = rule({ sections: [section('external_transmission', { transmissions: [row] })] }, 'external-transmission');
    expect(result.status).toBe('met');
    expect(result.warnings).toEqual([]);
  });

  it('is missing, with a warning per incomplete row, when a row lacks its purpose', () => {
    const result = rule({ sections: [section('external_transmission', { transmissions: [{ ...row, purposeJa: '' }] })] }, 'external-transmission');
    expect(result.status).toBe('missing');
    expect(codes(result)).toEqual(['external-tool-incomplete']);
    expect(result.warnings[0]?.message.ja).toContain('Google Analytics');
  });

  it('is met by prose saying what is sent, to whom and why', () => {
    const body = '当社は、Google LLCが提供するGoogle Analyticsを利用し、閲覧履歴等の情報を利用状況の分析のために送信します。';
    expect(rule({ sections: [ja('external_transmission', '外部送信', body)] }, 'external-transmission')).toMatchObject({ status: 'met', warnings: [] });
    const english = 'We use Sentry, an error tracking tool from Functional Software Inc., and send minimum data about errors to analyze them.';
    expect(rule({ sections: [en('custom', 'Use of Sentry', english)] }, 'external-transmission').status).toBe('met');
  });

  it('warns about a tool named without recipient or purpose', () => {
    const bare = ja('cookies', 'Cookie', '当サイトはGoogle Analyticsを使用しています。');
    const result = rule({ sections: [bare] }, 'external-transmission');
    expect(result.status).toBe('missing');
    expect(codes(result)).toEqual(['external-tool-unexplained']);
    // The tool's name is where the data goes (appi.md §5: "to which tools or kinds of recipients"); the purpose is not said.
    expect(result.warnings[0]?.message.ja).toContain('利用目的が記載されていません');
    expect(result.warnings[0]?.message.ja).not.toContain('送信先');
  });

  it('applies when third parties read cookies, even without a named tool', () => {
    const ads = en('cookies', 'Cookies', 'Third parties may obtain and use cookie information of users who visit the website.');
    expect(rule({ sections: [ads] }, 'external-transmission').status).toBe('missing');
    expect(checkerFacts({ sections: [ads] }).externalTools).toEqual({ value: true, inferred: true });
  });
});

describe('revisions (good practice)', () => {
  it('is met, without warnings, when changes are announced and the policy is dated', () => {
    const body = '本ポリシーの内容は変更することがあります。変更後の本ポリシーは、当社ウェブサイトに掲載した時から効力を生じます。\n制定：2024年4月1日';
    expect(rule({ sections: [ja('revisions', '改定', body)] }, 'revisions')).toMatchObject({ status: 'met', warnings: [] });
  });

  it('takes a structured date as the date', () => {
    const dated = section('revisions', { bodyEn: 'We may revise this Policy; the revised Policy takes effect when posted on our website.', effectiveOn: '2026-04-01' });
    expect(rule({ sections: [dated] }, 'revisions')).toMatchObject({ status: 'met', warnings: [] });
  });

  it('warns when the policy carries no date', () => {
    const body = 'We may revise this Policy, which will become effective when made available on our website.';
    const result = rule({ sections: [en('revisions', 'Revision', body)] }, 'revisions');
    expect(result.status).toBe('met');
    expect(codes(result)).toEqual(['revisions-no-date']);
  });

  it('is missing when the policy may change but nothing says how it is announced', () => {
    const result = rule({ sections: [en('revisions', 'Change Privacy Policy', 'Our company can change the privacy policy at any time.')] }, 'revisions');
    expect(result.status).toBe('missing');
    expect(result.message.en).toContain('not how changes are announced');
  });

  it('is missing when revisions are not mentioned at all', () => {
    expect(rule({ sections: [ja('purposes_of_use', '利用目的', '発送のため')] }, 'revisions').status).toBe('missing');
  });
});

describe('the checker as a whole', () => {
  it('returns every rule once, in the order of appi.md §5, each with its citation', () => {
    const results = checkPolicy({ sections: [] });
    expect(results.map((result) => result.id)).toEqual([...ruleIds]);
    for (const result of results) {
      expect(result.citation).toEqual(ruleCitations[result.id]);
      expect(result.message.ja).not.toBe('');
      expect(result.message.en).not.toBe('');
    }
  });

  it('summarises the results', () => {
    const results = checkPolicy({ sections: [ja('purposes_of_use', '利用目的', '当社の事業活動のため')] });
    const summary = checkerSummary(results);
    expect(summary.total).toBe(ruleIds.length);
    expect(summary.met + summary.missing + summary.na).toBe(ruleIds.length);
    expect(summary.blocking).toBe(results.filter((result) => result.level === 'required' && result.status === 'missing').length);
    expect(summary.met).toBe(1);
    expect(summary.warnings).toBe(results.reduce((sum, result) => sum + result.warnings.length, 0));
    expect(checkerSummary([])).toEqual({ total: 0, met: 0, missing: 0, na: 0, warnings: 0, blocking: 0 });
  });

  it('uses given facts over what the text suggests', () => {
    const abroad = ja('custom', 'その他', '海外のサーバーに保存します。');
    expect(checkerFacts({ sections: [abroad] }).crossBorder).toEqual({ value: true, inferred: true });
    expect(checkerFacts({ sections: [abroad], facts: { crossBorder: false } }).crossBorder).toEqual({ value: false, inferred: false });
  });
});
