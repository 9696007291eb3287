// Sandboxed preload: exposes exactly one object, `window.workbench`, with one method. No Node, no ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { isOperationName } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { unknownOperation } from '../../shared/rpc/dispatch';
import { channelOf } from './app-url';

export interface WorkbenchBridge {
  /** `workspaceId`: the workspace the page made the request against; the core refuses any other. */
  invoke(operation: string, input: unknown, workspaceId?: string): Promise<Envelope<unknown>>;
}

const bridge: WorkbenchBridge = {
  invoke(operation, input, workspaceId) {
    // Only names of the contract become channels: the page cannot reach any other IPC handler.
    if (!isOperationName(operation)) return Promise.resolve({ ok: false, error: unknownOperation(operation).toData() });
    return ipcRenderer.invoke(channelOf(operation), input, typeof workspaceId === 'string' ? workspaceId : undefined) as Promise<
      Envelope<unknown>
    >;
  },
};

contextBridge.exposeInMainWorld('workbench', bridge);
