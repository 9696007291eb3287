import type { filesContract } from '../../../shared/contract/files';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';

/**
 * Saving an export through the shell. No audit row: a saved file changes no workspace record (the export itself
 * is a read too). Browser mode and the CLI have no save dialog; they answer `supported: false` and the UI downloads.
 */
export const filesHandlers: Pick<Handlers<CoreContext>, keyof typeof filesContract> = {
  'files.capabilities': (_input, ctx) => ({ saveFile: typeof ctx.host.saveFile === 'function' }),
  'files.saveExport': async (input, ctx) => {
    const save = ctx.host.saveFile;
    if (!save) return { supported: false, path: null };
    const bytes = new Uint8Array(Buffer.from(input.base64, 'base64'));
    return { supported: true, path: await save.call(ctx.host, input.fileName, bytes, { openAfter: input.openAfter }) };
  },
};
