import type { policiesContract } from '../../../shared/contract/policies';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { checkPolicyVersion } from './check';
import { discardDraft, saveDraft, startDraft } from './drafts';
import { previewImport } from './import/preview';
import { openPolicy } from './open';
import { publishVersion } from './publish';
import { searchPolicies } from './search';
import { createPolicy, deletePolicy, getPolicy, listPolicies, saveImport, updatePolicy } from './service';
import { diffVersions, getVersion, policyRevisionHistory } from './versions';

export const policiesHandlers: Pick<Handlers<CoreContext>, keyof typeof policiesContract> = {
  'policies.list': (input, ctx) => listPolicies(ctx, input),
  'policies.get': (input, ctx) => getPolicy(ctx, input.id),
  'policies.open': (input, ctx) => openPolicy(ctx, input.id),
  'policies.create': (input, ctx) => createPolicy(ctx, input),
  'policies.update': (input, ctx) => updatePolicy(ctx, input),
  'policies.delete': (input, ctx) => deletePolicy(ctx, input.id, input.revision),
  'policies.revisionHistory': (input, ctx) => policyRevisionHistory(ctx, input.policyId),
  'policies.check': (input, ctx) => checkPolicyVersion(ctx, input),
  'policies.search': (input, ctx) => searchPolicies(ctx, input),
  'policies.importPreview': (input) => previewImport(input),
  'policies.importSave': (input, ctx) => saveImport(ctx, input),
  'policyDrafts.save': (input, ctx) => saveDraft(ctx, input),
  'policyDrafts.start': (input, ctx) => startDraft(ctx, input.policyId),
  'policyDrafts.discard': (input, ctx) => discardDraft(ctx, input.versionId, input.revision),
  'policyVersions.get': (input, ctx) => getVersion(ctx, input.id),
  'policyVersions.publish': (input, ctx) => publishVersion(ctx, input),
  'policyVersions.diff': (input, ctx) => diffVersions(ctx, input.fromVersionId, input.toVersionId),
};
