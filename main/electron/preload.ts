// Sandboxed preload: exposes exactly one object, `window.workbench`, with one method. No Node, no ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { isOperationName } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { unknownOperation } from '../../shared/rpc/dispatch';
import { channelOf } from './app-url';

export interface WorkbenchBridge {
  invoke(operation: string, input: unknown): Promise<Envelope<unknown>>;
}

const bridge: WorkbenchBridge = {
  invoke(operation, input) {
    // Only names of the contract become channels: the page cannot reach any other IPC handler.
    if (!isOperationName(operation)) return Promise.resolve({ ok: false, error: unknownOperation(operation).toData() });
    return ipcRenderer.invoke(channelOf(operation), input) as Promise<Envelope<unknown>>;
  },
};

contextBridge.exposeInMainWorld('workbench', bridge);
