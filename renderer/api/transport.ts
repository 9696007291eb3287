import type { OperationName } from '../../shared/contract';
import type { WorkspaceInfo } from '../../shared/contract/workspace';
import type { AppErrorData, Envelope } from '../../shared/errors';
import type { Transport } from '../../shared/rpc/client';
import { unscopedOperations } from '../../shared/rpc/dispatch';

/** What the Electron preload exposes (contextBridge); nothing else of Electron reaches the page. */
interface WorkbenchBridge {
  invoke(operation: string, input: unknown, workspaceId?: string): Promise<Envelope<unknown>>;
}

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

/** Carries one call with the id of the workspace this page works in (undefined before it learned one). */
type ScopedTransport = (operation: OperationName, input: unknown, workspaceId: string | undefined) => Promise<Envelope<unknown>>;

const TOKEN_KEY = 'appi-workbench.token';
/** The header browser mode reads the page's workspace id from (main/web/api-route.ts). */
export const WORKSPACE_HEADER = 'X-Workbench-Workspace';

const unreachable: Envelope<unknown> = {
  ok: false,
  error: {
    code: 'internal',
    message: {
      ja: 'アプリのサーバーに接続できません。アプリを起動し直してから、もう一度お試しください。',
      en: 'Cannot reach the app server. Restart the app and try again.',
    },
    path: [],
  },
};

const unreadable: Envelope<unknown> = {
  ok: false,
  error: {
    code: 'internal',
    message: { ja: '応答を読み取れませんでした。', en: 'Could not read the response.' },
    path: [],
  },
};

/**
 * Browser mode gets its per-run token in the first URL (?token=…). Keep it in sessionStorage and
 * strip it from the address bar, so a reload still works and the token is not left in history.
 */
export function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(token: string): ScopedTransport {
  return async (operation, input, workspaceId) => {
    let response: Response;
    try {
      response = await fetch(`/api/${operation}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Workbench-Token': token,
          ...(workspaceId ? { [WORKSPACE_HEADER]: workspaceId } : {}),
        },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return unreachable;
    }
    // The envelope is the answer whatever the HTTP status (a 400 still carries the field issues).
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return unreadable;
    }
  };
}

function bridgeTransport(bridge: WorkbenchBridge): ScopedTransport {
  return async (operation, input, workspaceId) => {
    try {
      return await bridge.invoke(operation, input ?? {}, workspaceId);
    } catch {
      return unreachable;
    }
  };
}

/** The operations after which the page works in another workspace (they answer its info). */
export function switchesWorkspace(operation: string): boolean {
  return operation === 'workspace.open' || operation === 'workspace.create' || operation === 'workspace.openSample';
}

/** What the page is told when the workspace it shows is no longer the open one. */
export interface WorkspaceSwitch {
  /** The core's refusal (bilingual), when a request of this page was refused; null when the page noticed first. */
  refusal: AppErrorData | null;
  /** The workspace open now, when it could be asked. */
  now: WorkspaceInfo | null;
}

type Listener = (change: WorkspaceSwitch) => void;
const listeners = new Set<Listener>();

/** The notice (WorkspaceChangedNotice) listens here; returns the unsubscribe. */
export function onWorkspaceSwitch(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const CHANNEL = 'appi-workbench.workspace';

/**
 * Names the page's workspace in every request: the id is learned from workspace.info before the first other call,
 * and follows this page's own switches (workspace.open / create answer the new id). When the core refuses a request
 * as workspace_changed, or another tab says it switched, or the tab comes back into view on another workspace, the
 * listeners are told, so the page can say so and reload.
 */
export function workspaceScoped(inner: ScopedTransport): Transport {
  let known: string | undefined;
  let learning: Promise<void> | null = null;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;

  const info = async (): Promise<WorkspaceInfo | null> => {
    const envelope = await inner('workspace.info', {}, undefined);
    return envelope.ok ? (envelope.value as WorkspaceInfo) : null;
  };
  const learn = () => {
    learning ??= info().then((now) => {
      known ??= now?.id;
      learning = null;
    });
    return learning;
  };
  const tell = async (refusal: AppErrorData | null) => {
    const now = await info();
    for (const listener of listeners) listener({ refusal, now });
  };

  channel?.addEventListener('message', (event: MessageEvent<{ id?: unknown }>) => {
    if (known !== undefined && typeof event.data?.id === 'string' && event.data.id !== known) void tell(null);
  });
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible' || known === undefined) return;
      void info().then((now) => {
        if (now && now.id !== known) void tell(null);
      });
    });
  }

  return async (operation, input) => {
    if (!unscopedOperations.has(operation) && known === undefined) await learn();
    const envelope = await inner(operation, input, known);
    if (envelope.ok && switchesWorkspace(operation)) {
      known = (envelope.value as WorkspaceInfo).id;
      channel?.postMessage({ id: known });
    } else if (envelope.ok && operation === 'workspace.info') {
      const id = (envelope.value as WorkspaceInfo).id;
      known ??= id;
      if (id !== known) void tell(null);
    } else if (!envelope.ok && envelope.error.code === 'workspace_changed') {
      void tell(envelope.error);
    }
    return envelope;
  };
}

/** Electron when the preload bridge is there, loopback HTTP otherwise; decided once at startup. */
export function chooseTransport(): Transport {
  if (window.workbench) return workspaceScoped(bridgeTransport(window.workbench));
  return workspaceScoped(httpTransport(takeToken()));
}
