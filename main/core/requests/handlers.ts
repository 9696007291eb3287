import type { requestsContract } from '../../../shared/contract/requests';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { createRequest, deleteRequest, getRequest, getRequestSettings, listRequests, updateRequest, updateRequestSettings } from './service';

export const requestsHandlers: Pick<Handlers<CoreContext>, keyof typeof requestsContract> = {
  'requests.list': (input, ctx) => listRequests(ctx, input),
  'requests.get': (input, ctx) => getRequest(ctx, input.id),
  'requests.create': (input, ctx) => createRequest(ctx, input),
  'requests.update': (input, ctx) => updateRequest(ctx, input),
  'requests.delete': (input, ctx) => deleteRequest(ctx, input.id, input.revision),
  'requests.getSettings': (input, ctx) => getRequestSettings(ctx, input.companyId),
  'requests.updateSettings': (input, ctx) => updateRequestSettings(ctx, input.companyId, input.responseDays),
};
