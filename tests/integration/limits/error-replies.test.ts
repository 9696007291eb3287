import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '../../../shared/contract';
import { MAX_ISSUES } from '../../../shared/validation/issues';
import { makeCore, sampleCompany, sampleDesk, call } from '../core/helpers';

/**
 * Issue 12 item 4: each bad array element used to add an error entry, so a 9 MB body produced a 258 MB reply and
 * an 8 MB one froze the server for over a minute. A reply lists the first MAX_ISSUES problems then how many more,
 * arrays are refused on their length before their elements are looked at, and unknown field names are shown a few.
 */
async function failing(operation: string, input: unknown) {
  const { core } = await makeCore();
  const started = performance.now();
  const envelope = await core.dispatch(operation, input, core.workspace().id);
  const ms = performance.now() - started;
  if (envelope.ok) throw new Error(`${operation} succeeded`);
  return { error: envelope.error, ms, bytes: Buffer.byteLength(JSON.stringify(envelope)) };
}

describe('error replies are capped', () => {
  it('lists the first problems of 300 bad sections, then how many more, in a small reply', async () => {
    const bad = { id: 7, kind: 'nonsense', headingJa: 1, headingEn: 2, bodyJa: 3, bodyEn: 4 };
    const { error, bytes } = await failing('policies.create', { companyId: 1, titleJa: 'x', sections: Array.from({ length: 300 }, () => bad) });
    expect(error.code).toBe('validation');
    expect(error.issues).toHaveLength(MAX_ISSUES + 1);
    const last = error.issues!.at(-1)!;
    expect(last.path).toEqual([]);
    expect(last.message.ja).toMatch(/ほかに[\d,]+件の問題があります/);
    expect(last.message.en).toMatch(/and [\d,]+ more problems/);
    expect(error.path).toEqual(error.issues![0]!.path);
    expect(bytes).toBeLessThan(30_000);
  });

  it('refuses a million-element array on its length alone, at once', async () => {
    const { core } = await makeCore();
    const company = await call(core, 'companies.create', sampleCompany());
    const envelope = await core.dispatch('desks.create', sampleDesk(company.id, { receptionDays: Array(1_000_000).fill(1) as never }), core.workspace().id);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.issues).toHaveLength(1);
    expect(envelope.error.path).toEqual(['receptionDays']);
    expect(envelope.error.message.ja).toContain('件までです');
  });

  it('names a few of 100,000 unexpected fields and counts the rest', async () => {
    const input: Record<string, unknown> = { legalNameJa: '株式会社サンプル' };
    for (let i = 0; i < 100_000; i++) input[`unexpected_field_${i}_${'x'.repeat(80)}`] = i;
    const { error, bytes, ms } = await failing('companies.create', input);
    expect(error.message.ja).toContain('ほか99,990件');
    expect(error.message.en).toContain('and 99,990 more');
    expect(bytes).toBeLessThan(5_000);
    expect(ms).toBeLessThan(5_000);
  });

  it('every array in every operation input declares its largest length (so zod stops before the elements)', () => {
    const unbounded: string[] = [];
    const walk = (schema: z.ZodType, path: string): void => {
      const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
      switch (def.type) {
        case 'array': {
          const checks = (def.checks ?? []) as { _zod: { def: { check: string } } }[];
          if (!checks.some((check) => check._zod.def.check === 'max_length')) unbounded.push(path);
          walk(def.element as z.ZodType, `${path}[]`);
          break;
        }
        case 'object':
          for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>)) walk(value, `${path}.${key}`);
          break;
        case 'optional':
        case 'nullable':
        case 'default':
        case 'prefault':
        case 'readonly':
        case 'nonoptional':
          walk(def.innerType as z.ZodType, path);
          break;
        case 'pipe':
          walk(def.in as z.ZodType, path);
          break;
        case 'union':
          (def.options as z.ZodType[]).forEach((option) => walk(option, path));
          break;
        case 'record':
          unbounded.push(`${path}{}`);
          break;
        default:
      }
    };
    for (const [name, spec] of Object.entries(contract)) walk(spec.input, name);
    expect(unbounded).toEqual([]);
  });
});

describe('the dispatcher caps any error it answers with', () => {
  it('also a service error that lists its own issues', async () => {
    const { capIssues } = await import('../../../shared/validation/issues');
    const issues = Array.from({ length: 5000 }, (_, i) => ({ path: ['items', i], message: { ja: '誤り', en: 'wrong' } }));
    const capped = capIssues({ code: 'validation', message: { ja: '誤り', en: 'wrong' }, path: ['items', 0], issues });
    expect(capped.issues).toHaveLength(MAX_ISSUES + 1);
    expect(capped.issues!.at(-1)!.message.en).toContain('4,950 more');
    expect(capIssues({ code: 'validation', message: { ja: '', en: '' }, path: [], issues: issues.slice(0, 3) }).issues).toHaveLength(3);
  });
});
