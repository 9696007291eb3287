import type { provisionsContract } from '../../../shared/contract/provisions';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { createProvision, deleteProvision, getProvision, listProvisions, updateProvision } from './service';

export const provisionsHandlers: Pick<Handlers<CoreContext>, keyof typeof provisionsContract> = {
  'provisions.list': (input, ctx) => listProvisions(ctx, input),
  'provisions.get': (input, ctx) => getProvision(ctx, input.id),
  'provisions.create': (input, ctx) => createProvision(ctx, input),
  'provisions.update': (input, ctx) => updateProvision(ctx, input),
  'provisions.delete': (input, ctx) => deleteProvision(ctx, input.id, input.revision),
};
