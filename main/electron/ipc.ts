import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/api';
import { contract, operationNames, type OperationName } from '../../shared/contract';
import { AppError, type Envelope } from '../../shared/errors';
import { channelOf, isAppUrl } from './app-url';

/** Only our own page's top frame may call the core; anything else (a frame, a foreign page) is refused. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

const untrustedSender: Envelope<never> = {
  ok: false,
  error: new AppError('unauthorized', {
    ja: 'このページからの操作は受け付けません。',
    en: 'Requests from this page are refused.',
  }).toData(),
};

export interface IpcOptions {
  /** After a successful write, e.g. to rebuild the menu when the language or the recent list changed. */
  afterWrite?: (operation: OperationName) => void;
}

/** One handler per operation, generated from the contract: adding an operation changes nothing here. */
export function registerIpc(core: Pick<Core, 'dispatch'>, options: IpcOptions = {}): void {
  for (const operation of operationNames) {
    ipcMain.handle(channelOf(operation), async (event, input: unknown) => {
      if (!isTrustedSender(event)) return untrustedSender;
      const envelope = await core.dispatch(operation, input);
      if (envelope.ok && contract[operation].writes) options.afterWrite?.(operation);
      return envelope;
    });
  }
}
