import type { workspaceContract } from '../../../shared/contract/workspace';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { workspaceInfo } from './info';

export const workspaceHandlers: Pick<Handlers<CoreContext>, keyof typeof workspaceContract> = {
  'workspace.info': (_input, ctx) => workspaceInfo(ctx.session.current()),
  'workspace.recent': (_input, ctx) => ({ items: ctx.recent.list() }),
  'workspace.open': (input, ctx) => ctx.session.switchTo(input.path, 'open'),
  'workspace.create': (input, ctx) => ctx.session.switchTo(input.path, 'create'),
  'workspace.choosePath': async (input, ctx) => {
    const choose = ctx.host.chooseWorkspacePath;
    // Browser mode and the CLI have no native dialog; the UI then asks for the path as text.
    if (!choose) return { supported: false, path: null };
    return { supported: true, path: await choose.call(ctx.host, input.mode) };
  },
};
