import type { ParsedInput } from '../../../shared/contract';
import type { Settings } from '../../../shared/contract/settings';
import type { CoreContext } from '../context';

/** App-level settings: saved atomically in the user-data folder, not audited in any workspace. */
export function getSettings(ctx: CoreContext): Settings {
  const preferences = ctx.preferences.get();
  return { ...preferences, effectiveUser: ctx.actor() };
}

export function updateSettings(ctx: CoreContext, input: ParsedInput<'settings.update'>): Settings {
  ctx.preferences.set({ userName: input.userName, language: input.language });
  return getSettings(ctx);
}
