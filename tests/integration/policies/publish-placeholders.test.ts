// A published policy is the document a company shows the public: it never carries the template's gap markers
// (【未設定：サービス名】 / 【Not set: service name】). Publishing refuses them — even with the checker's warnings
// acknowledged — naming the article and what is still unset, and nothing is written. The draft can still be saved.
import { describe, expect, it } from 'vitest';
import { makeSection } from '../../../shared/policy/model';
import { call, failure } from '../core/helpers';
import { auditCount, createWith, policyCore } from './helpers';

async function draftWith(bodyJa: string, bodyEn = '') {
  const made = await policyCore();
  const created = await createWith(made.core, made.company.id, [
    makeSection('basic_policy_statement', 'intro', { headingJa: '基本方針', bodyJa: '当社は個人情報を適切に取り扱います。' }),
    makeSection('external_transmission', 'ext', { headingJa: '外部送信', bodyJa, bodyEn }),
  ]);
  return { ...made, created };
}

describe('publishing a draft with unset template values', () => {
  it('is refused naming the article and the unset value, whatever was acknowledged, and writes nothing', async () => {
    const { core, created, workspacePath } = await draftWith('【未設定：サービス名】では、Cookieを利用します。');
    const before = auditCount(workspacePath);
    const error = await failure(core, 'policyVersions.publish', {
      versionId: created.current.id,
      revision: created.current.revision,
      effectiveOn: '2026-04-01',
      acknowledgeWarnings: true,
    });
    expect(error.path).toEqual(['sections']);
    expect(error.message.ja).toContain('第1条（外部送信）');
    expect(error.message.ja).toContain('第1条（外部送信）：サービス名');
    // The marker's label reads back to the value it stands for, so the English message names it in English.
    expect(error.message.en).toContain('Article 1 (External Transmission of User Information): service name');
    expect(auditCount(workspacePath)).toBe(before);
    const detail = await call(core, 'policies.get', { id: created.id });
    expect(detail.current.status).toBe('draft');
  });

  it('finds the English marker as well', async () => {
    const { core, created } = await draftWith('当社はCookieを利用します。', 'We use cookies in 【Not set: serviceName】.');
    const error = await failure(core, 'policyVersions.publish', {
      versionId: created.current.id,
      revision: created.current.revision,
      effectiveOn: '2026-04-01',
      acknowledgeWarnings: true,
    });
    // The library's own value is named for the reader, not by its variable.
    expect(error.message.en).toContain('service name');
    expect(error.message.en).not.toContain('serviceName');
  });

  it('publishes once the value is written in', async () => {
    const { core, created } = await draftWith('当社のサービスでは、Cookieを利用します。');
    const published = await call(core, 'policyVersions.publish', {
      versionId: created.current.id,
      revision: created.current.revision,
      effectiveOn: '2026-04-01',
      acknowledgeWarnings: true,
    });
    expect(published.status).toBe('published');
  });
});
