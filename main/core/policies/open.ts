import type { PolicyOpen } from '../../../shared/domain/policy-open';
import type { DataScope } from '../context';
import { checkOfVersion } from './check';
import { policyDetail } from './read';

/**
 * What the editor shows when a policy opens: the policy with its current version, and the checker's verdicts on
 * that version. One request reads the sections once; the page then asks again only once the text is edited.
 */
export function openPolicy(scope: DataScope, id: number): PolicyOpen {
  const db = scope.db();
  const policy = policyDetail(db, id);
  return { policy, check: checkOfVersion(db, policy, policy.current) };
}
