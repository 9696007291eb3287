import type { OperationName } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import type { Transport } from '../../shared/rpc/client';

/** What the Electron preload exposes (contextBridge); nothing else of Electron reaches the page. */
interface WorkbenchBridge {
  invoke(operation: string, input: unknown): Promise<Envelope<unknown>>;
}

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

const TOKEN_KEY = 'appi-workbench.token';

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

function httpTransport(token: string): Transport {
  return async (operation: OperationName, input: unknown) => {
    let response: Response;
    try {
      response = await fetch(`/api/${operation}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': token },
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

function bridgeTransport(bridge: WorkbenchBridge): Transport {
  return async (operation, input) => {
    try {
      return await bridge.invoke(operation, input ?? {});
    } catch {
      return unreachable;
    }
  };
}

/** Electron when the preload bridge is there, loopback HTTP otherwise; decided once at startup. */
export function chooseTransport(): Transport {
  if (window.workbench) return bridgeTransport(window.workbench);
  return httpTransport(takeToken());
}
