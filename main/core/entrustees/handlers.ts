import type { entrusteesContract } from '../../../shared/contract/entrustees';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { createEntrustee, deleteEntrustee, getEntrustee, listEntrustees, updateEntrustee } from './service';

export const entrusteesHandlers: Pick<Handlers<CoreContext>, keyof typeof entrusteesContract> = {
  'entrustees.list': (input, ctx) => listEntrustees(ctx, input),
  'entrustees.get': (input, ctx) => getEntrustee(ctx, input.id),
  'entrustees.create': (input, ctx) => createEntrustee(ctx, input),
  'entrustees.update': (input, ctx) => updateEntrustee(ctx, input),
  'entrustees.delete': (input, ctx) => deleteEntrustee(ctx, input.id, input.revision),
};
