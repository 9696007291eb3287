import type { settingsContract } from '../../../shared/contract/settings';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { getSettings, updateSettings } from './service';

export const settingsHandlers: Pick<Handlers<CoreContext>, keyof typeof settingsContract> = {
  'settings.get': (_input, ctx) => getSettings(ctx),
  'settings.update': (input, ctx) => updateSettings(ctx, input),
};
