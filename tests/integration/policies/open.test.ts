import { describe, expect, it } from 'vitest';
import { call, failure } from '../core/helpers';
import { createWith, draftAddingPurpose, policyCore, proseSections } from './helpers';

/** The editor's open (issue 15): the policy and the check of the version it shows, as the two reads would answer. */
describe('policies.open', () => {
  it('answers a draft as policies.get and policies.check do, compared with the version in force', async () => {
    const { core, company } = await policyCore();
    const { created, draft, changed } = await draftAddingPurpose(core, company.id);
    await call(core, 'policyDrafts.save', { versionId: draft.id, revision: draft.revision, sections: changed });

    const opened = await call(core, 'policies.open', { id: created.id });
    expect(opened.policy).toEqual(await call(core, 'policies.get', { id: created.id }));
    expect(opened.policy.current.id).toBe(draft.id);
    expect(opened.check).toEqual(await call(core, 'policies.check', { policyId: created.id }));
    expect(opened.check.versionId).toBe(draft.id);
    // The draft's new purpose is read against the published version (Art. 21(3)).
    expect(opened.check.facts.purposesChanged).toEqual({ value: true, inferred: true });
    // The verdicts the editor gets once the same text is typed, apart from naming no stored version.
    const typed = await call(core, 'policies.check', { policyId: created.id, sections: changed });
    expect({ ...opened.check, versionId: null }).toEqual(typed);
  });

  it('answers a published version with the history as it printed, and refuses an unknown policy by its id', async () => {
    const { core, company } = await policyCore();
    const created = await createWith(core, company.id, proseSections());
    const published = await call(core, 'policyVersions.publish', { versionId: created.current.id, revision: created.current.revision, effectiveOn: '2026-04-01', acknowledgeWarnings: true });
    const opened = await call(core, 'policies.open', { id: created.id });
    expect(opened.policy.current).toMatchObject({ id: published.id, status: 'published' });
    expect(opened.check).toEqual(await call(core, 'policies.check', { policyId: created.id, versionId: published.id }));
    expect(await failure(core, 'policies.open', { id: 999 })).toMatchObject({ code: 'not_found', path: ['id'] });
  });
});
