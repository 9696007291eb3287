import type { desksContract } from '../../../shared/contract/desks';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { createDesk, deleteDesk, getDesk, listDesks, updateDesk } from './service';

export const desksHandlers: Pick<Handlers<CoreContext>, keyof typeof desksContract> = {
  'desks.list': (input, ctx) => listDesks(ctx, input),
  'desks.get': (input, ctx) => getDesk(ctx, input.id),
  'desks.create': (input, ctx) => createDesk(ctx, input),
  'desks.update': (input, ctx) => updateDesk(ctx, input),
  'desks.delete': (input, ctx) => deleteDesk(ctx, input.id, input.revision),
};
