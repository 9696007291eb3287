import type { exportsContract } from '../../../shared/contract/exports';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { exportIncident } from './incident';
import { exportPolicy } from './policy';
import { exportRegister } from './register';
import { exportTiming } from './timing';

export const exportsHandlers: Pick<Handlers<CoreContext>, keyof typeof exportsContract> = {
  'exports.incident': (input, ctx) => exportIncident(ctx, input),
  'exports.timing': (input, ctx) => exportTiming(ctx, input),
  'exports.policy': (input, ctx) => exportPolicy(ctx, input),
  'exports.register': (input, ctx) => exportRegister(ctx, input),
};
