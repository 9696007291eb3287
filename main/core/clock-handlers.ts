import type { clockContract } from '../../shared/contract/clock';
import type { Handlers } from '../../shared/rpc/dispatch';
import type { CoreContext } from './context';

export const clockHandlers: Pick<Handlers<CoreContext>, keyof typeof clockContract> = {
  'app.clock': (_input, ctx) => ({ now: ctx.now().toISOString(), moved: ctx.clockMoved }),
};
