import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/core/api';
import { labelOf } from '../../../shared/i18n/field-labels';
import { makeSection } from '../../../shared/policy/model';
import { call, makeCore, sampleCompany, sampleDesk } from '../core/helpers';
import { cardLeak } from '../incidents/helpers';

/**
 * Issue 12 item 4: NUL and other control characters, text-direction overrides and lone surrogates used to be
 * stored silently. Every domain's text fields refuse them under the field's own name, in ja and en, and write
 * nothing; tab and line breaks stay allowed (multi-line text is pasted with them).
 */
async function setUp() {
  const { core } = await makeCore({ now: () => new Date('2026-12-29T01:00:00.000Z') });
  const company = await call(core, 'companies.create', sampleCompany());
  return { core, company };
}

async function auditTotal(core: Core): Promise<number> {
  return (await call(core, 'audit.list', {})).total;
}

type Case = { name: string; operation: string; input: (companyId: number) => unknown; path: (string | number)[]; char: string };

const cases: Case[] = [
  { name: 'NUL in a company name', operation: 'companies.create', input: () => sampleCompany({ legalNameJa: '株式会社\u0000サンプル' }), path: ['legalNameJa'], char: 'U+0000' },
  { name: 'RTL override in a company address', operation: 'companies.create', input: () => sampleCompany({ addressJa: '東京都\u202E1-1' }), path: ['addressJa'], char: 'U+202E' },
  { name: 'a lone surrogate in a desk name', operation: 'desks.create', input: (id) => sampleDesk(id, { nameJa: '窓口\uD800' }), path: ['nameJa'], char: 'U+D800' },
  { name: 'a bidi isolate in a desk note', operation: 'desks.create', input: (id) => sampleDesk(id, { receptionNoteJa: '平日\u2066のみ' }), path: ['receptionNoteJa'], char: 'U+2066' },
  { name: 'BEL in an incident title', operation: 'incidents.create', input: (id) => cardLeak(id, { title: '漏えい\u0007' }), path: ['title'], char: 'U+0007' },
  { name: 'ESC in how an incident was discovered', operation: 'incidents.create', input: (id) => cardLeak(id, { howDiscovered: '連絡\u001b[31m' }), path: ['howDiscovered'], char: 'U+001B' },
  { name: 'a C1 control in a policy title', operation: 'policies.create', input: (id) => ({ companyId: id, titleJa: 'ポリシー\u0085' }), path: ['titleJa'], char: 'U+0085' },
  {
    name: 'NUL in a policy section body',
    operation: 'policies.create',
    input: (id) => ({ companyId: id, titleJa: 'ポリシー', sections: [{ ...makeSection('custom', 'a', { headingJa: '見出し' }), bodyJa: '本文\u0000' }] }),
    path: ['sections', 0, 'bodyJa'],
    char: 'U+0000',
  },
  { name: 'NUL in the operator name', operation: 'settings.update', input: () => ({ userName: '山田\u0000', language: 'ja' }), path: ['userName'], char: 'U+0000' },
];

describe('text fields refuse control, bidi-override and broken characters', () => {
  it.each(cases)('$name: refused under $path, named in ja and en, nothing written', async ({ operation, input, path, char }) => {
    const { core, company } = await setUp();
    const before = await auditTotal(core);
    const envelope = await core.dispatch(operation, input(company.id), core.workspace().id);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('validation');
    expect(envelope.error.path).toEqual(path);
    const field = labelOf(String(path.filter((segment) => typeof segment === 'string').at(-1)));
    expect(envelope.error.message.ja).toContain(field.ja);
    expect(envelope.error.message.en).toContain(field.en);
    expect(envelope.error.message.ja).toContain(char);
    expect(envelope.error.message.en).toContain(char);
    expect(await auditTotal(core)).toBe(before);
  });

  it('a URL field refuses a text-direction override', async () => {
    const { core, company } = await setUp();
    const envelope = await core.dispatch('desks.create', sampleDesk(company.id, { inquiryFormUrl: 'https://example.jp/\u202Eform' }), core.workspace().id);
    expect(envelope.ok ? null : envelope.error.path).toEqual(['inquiryFormUrl']);
  });

  it('keeps tabs, line breaks and ordinary Japanese and emoji (surrogate pairs) as typed', async () => {
    const { core, company } = await setUp();
    const incident = await call(core, 'incidents.create', cardLeak(company.id, { howDiscovered: '1行目\n2行目\r\n\t字下げ 🔒' }));
    expect(incident.howDiscovered).toBe('1行目\n2行目\r\n\t字下げ 🔒');
    const desk = await call(core, 'desks.create', sampleDesk(company.id, { nameJa: '𠮷野家窓口' }));
    expect(desk.nameJa).toBe('𠮷野家窓口');
  });
});

describe('policy import text', () => {
  it('refuses pasted text holding a NUL or an RTL override at the preview, naming the pasted text', async () => {
    const { core } = await makeCore();
    for (const pastedText of ['第1条（利用目的）\n本文\u0000です。', '第1条（利用目的）\n\u202E本文です。']) {
      const envelope = await core.dispatch('policies.importPreview', { pastedText }, core.workspace().id);
      expect(envelope.ok ? null : envelope.error.path).toEqual(['pastedText']);
      if (!envelope.ok) expect(envelope.error.message.en).toContain('cannot be stored');
    }
  });

  it('reads the page breaks of text copied from a PDF (form feeds) as line breaks', async () => {
    const { core } = await makeCore();
    const preview = await call(core, 'policies.importPreview', { pastedText: '第1条（利用目的）\n本文です。\f第2条（第三者提供）\n提供しません。' });
    const all = preview.sections.map((s) => s.section.headingJa + '\n' + s.section.bodyJa).join('\n');
    expect(all).not.toContain('\f');
    expect(all).toContain('提供しません。');
  });
});
