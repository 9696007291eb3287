import { describe, expect, it } from 'vitest';
import { makeSection } from '../../../shared/policy/model';
import { call } from '../core/helpers';
import { policyCore } from './helpers';

/**
 * Issue 11 item 3 through the core: policies.check compares the dates the text states with the history the document
 * will print (the revisions article's earlier dates, then the published versions), for the editor's draft and for a
 * published version as it stood; policies.revisionHistory lists the earlier dates first.
 */
describe('one history of dates', () => {
  it('flags a 制定日 in the text that the history contradicts, and reads an earlier date entered in the revisions article', async () => {
    const { core, company } = await policyCore();
    const body = makeSection('basic_policy_statement', 'basic', { headingJa: '基本方針', bodyJa: '当社は個人情報を適切に取り扱います。\n制定日：2019年4月1日' });
    // The revisions article says the policy was established in 2018: the text's 2019 contradicts it.
    const revisions = makeSection('revisions', 'rev', { headingJa: '改定', bodyJa: '本ポリシーは、当社ウェブサイトに掲載した時から効力を生じます。', establishedOn: '2018-04-01' });
    const created = await call(core, 'policies.create', { companyId: company.id, sections: [body, revisions] });
    await call(core, 'policyVersions.publish', { versionId: created.current.id, revision: created.current.revision, effectiveOn: '2026-04-01', acknowledgeWarnings: true });

    const published = await call(core, 'policies.check', { policyId: created.id });
    const warning = published.rules.find((rule) => rule.id === 'revisions')?.warnings.find((w) => w.code === 'dates-contradict-history');
    expect(warning?.message.ja).toContain('2018年4月1日 制定');
    expect((await call(core, 'policies.revisionHistory', { policyId: created.id })).entries.map((e) => e.text.ja)).toEqual(['2018年4月1日 制定', '2026年4月1日 改定']);

    // The revision draft corrects the establishment in the revisions article: the text and the history agree.
    const draft = await call(core, 'policyDrafts.start', { policyId: created.id });
    const fixed = draft.sections.map((section) => (section.kind === 'revisions' ? { ...section, establishedOn: '2019-04-01' } : section));
    await call(core, 'policyDrafts.save', { versionId: draft.id, revision: draft.revision, sections: fixed });
    const checked = await call(core, 'policies.check', { policyId: created.id });
    expect(checked.rules.find((rule) => rule.id === 'revisions')?.warnings.map((w) => w.code)).not.toContain('dates-contradict-history');
    expect((await call(core, 'policies.revisionHistory', { policyId: created.id })).entries.map((e) => e.text.ja)).toEqual(['2019年4月1日 制定', '2026年4月1日 改定']);

    // The published version is still read as it printed: its own history said 2018.
    const old = await call(core, 'policies.check', { policyId: created.id, versionId: created.current.id });
    expect(old.rules.find((rule) => rule.id === 'revisions')?.warnings.map((w) => w.code)).toContain('dates-contradict-history');
  });
});
