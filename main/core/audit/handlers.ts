import type { auditContract } from '../../../shared/contract/audit';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { exportAuditCsv, listActors, listAudit, verifyAudit } from './service';

export const auditHandlers: Pick<Handlers<CoreContext>, keyof typeof auditContract> = {
  'audit.list': (input, ctx) => listAudit(ctx, input),
  'audit.actors': (_input, ctx) => listActors(ctx),
  'audit.exportCsv': (input, ctx) => exportAuditCsv(ctx, input),
  'audit.verify': (_input, ctx) => verifyAudit(ctx),
};
