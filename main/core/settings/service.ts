import type { ParsedInput } from '../../../shared/contract';
import type { Settings } from '../../../shared/contract/settings';
import { audited } from '../audit/audited';
import type { CoreContext } from '../context';

/**
 * App-level settings: saved atomically in the user-data folder (they belong to the person, not a client), and every
 * change is audited in the open workspace — the operator name is who the trail names, so changing it is evidence
 * too. The row's actor is the name in effect before the change: who made it.
 */
export const SETTINGS_ENTITY = 'settings';

export function getSettings(ctx: CoreContext): Settings {
  const preferences = ctx.preferences.get();
  return { ...preferences, effectiveUser: ctx.actor() };
}

export function updateSettings(ctx: CoreContext, input: ParsedInput<'settings.update'>): Settings {
  const before = ctx.preferences.get();
  const after = { userName: input.userName, language: input.language };
  if (before.userName === after.userName && before.language === after.language) return getSettings(ctx);
  audited(ctx, 'settings.update', (tx) => {
    tx.record({ entity: SETTINGS_ENTITY, entityId: null, before, after });
    // Inside the transaction: if the file cannot be written, the audit row is rolled back with it.
    ctx.preferences.set(after);
  });
  return getSettings(ctx);
}
