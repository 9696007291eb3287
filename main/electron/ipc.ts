import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/api';
import { contract, operationNames, type OperationName } from '../../shared/contract';
import { bodyLimitOf, inputExceeds, requestTooLarge } from '../../shared/contract/body-limits';
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
  /**
   * Checks what only the shell can judge before a page's request reaches the core (e.g. that a workspace path came
   * from a native dialog); throws an AppError to refuse it.
   */
  screen?: (operation: OperationName, input: unknown) => void | Promise<void>;
  /** Told of every successful answer the page gets, e.g. to remember the export files it was handed. */
  onAnswer?: (operation: OperationName, value: unknown) => void;
}

/**
 * One handler per operation, generated from the contract: adding an operation changes nothing here. The page's
 * workspace id travels as the second argument and is checked by the core's dispatcher, like every transport's.
 */
export function registerIpc(core: Pick<Core, 'dispatch'>, options: IpcOptions = {}): void {
  for (const operation of operationNames) {
    ipcMain.handle(channelOf(operation), async (event, input: unknown, workspaceId: unknown) => {
      if (!isTrustedSender(event)) return untrustedSender;
      // The same per-operation limit as browser mode's body, measured on the cloned input before anything reads it.
      const limit = bodyLimitOf(operation);
      if (inputExceeds(input, limit)) return { ok: false, error: requestTooLarge(limit).toData() } satisfies Envelope<never>;
      try {
        await options.screen?.(operation, input);
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toData() } satisfies Envelope<never>;
        throw error;
      }
      const envelope = await core.dispatch(operation, input, typeof workspaceId === 'string' ? workspaceId : undefined);
      if (envelope.ok) {
        options.onAnswer?.(operation, envelope.value);
        if (contract[operation].writes) options.afterWrite?.(operation);
      }
      return envelope;
    });
  }
}
