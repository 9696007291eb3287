import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { PolicyDetail } from '../../../shared/domain/policy';
import type { AppError } from '../../../shared/errors';
import { operationKey } from '../../api/hooks';
import { useClient } from '../../api/context';

/**
 * The editor's policy from one `policies.open` request: the policy goes where `policies.get` keeps it (the autosave
 * updates it there), and the checker's verdicts on the version shown go where the panel asks for them until the text
 * is edited ({ policyId, versionId }), so opening a policy reads its sections once and makes no second request.
 */
export function usePolicyOpen(id: number) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useQuery<PolicyDetail, AppError>({
    queryKey: operationKey('policies.get', { id }),
    queryFn: async () => {
      const { policy, check } = await client.invoke('policies.open', { id });
      queryClient.setQueryData(operationKey('policies.check', { policyId: id, versionId: policy.current.id }), check);
      return policy;
    },
  });
}
