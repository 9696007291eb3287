import path from 'node:path';
import type { workspaceContract } from '../../../shared/contract/workspace';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { browseFolder } from './browse';
import { workspaceInfo } from './info';
import { writeLabels } from './labels';
import { workspaceProgress } from './progress';
import { openSample } from './sample';

export const workspaceHandlers: Pick<Handlers<CoreContext>, keyof typeof workspaceContract> = {
  'workspace.info': (_input, ctx) => workspaceInfo(ctx.session.current()),
  'workspace.recent': (_input, ctx) => ({ items: ctx.recent.list() }),
  'workspace.open': (input, ctx) => ctx.session.switchTo(input.path, 'open'),
  'workspace.create': async (input, ctx) => {
    const info = await ctx.session.switchTo(input.path, 'create');
    if (!input.displayName && !input.clientLabel) return info;
    // The new file is current now: its first audit row names it.
    writeLabels({ db: () => ctx.session.current().db, actor: ctx.actor, now: ctx.now }, { displayName: input.displayName ?? '', clientLabel: input.clientLabel ?? '' });
    ctx.session.remember();
    return workspaceInfo(ctx.session.current());
  },
  'workspace.rename': (input, ctx) => {
    writeLabels(ctx, input);
    // The recent list shows the names too; it caches them when the workspace is remembered.
    ctx.session.remember();
    return workspaceInfo(ctx.session.current());
  },
  'workspace.progress': (_input, ctx) => workspaceProgress(ctx.db()),
  'workspace.openSample': (_input, ctx) => openSample(ctx, ctx.userDataDir),
  'workspace.browse': (input, ctx) => browseFolder(input.dir || path.dirname(ctx.session.current().path), ctx.recent),
  'workspace.choosePath': async (input, ctx) => {
    const choose = ctx.host.chooseWorkspacePath;
    // Browser mode and the CLI have no native dialog; the UI then asks for the path as text.
    if (!choose) return { supported: false, path: null };
    return { supported: true, path: await choose.call(ctx.host, input.mode) };
  },
};
