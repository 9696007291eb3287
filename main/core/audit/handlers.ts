import type { auditContract } from '../../../shared/contract/audit';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { listAudit } from './service';

export const auditHandlers: Pick<Handlers<CoreContext>, keyof typeof auditContract> = {
  'audit.list': (input, ctx) => listAudit(ctx, input),
};
