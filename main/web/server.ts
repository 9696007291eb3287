import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/api';
import { serveRendererAsset } from '../core/ui/renderer-assets';
import { internalErrorText } from '../../shared/rpc/dispatch';
import { API_PREFIX, handleApi, type ApiContext } from './api-route';
import { failure, refusals, sendEnvelope } from './http-envelope';
import { createToken } from './token';

/** Browser mode listens on the loopback interface only: other machines must never reach a workspace. */
export const LOOPBACK = '127.0.0.1';

export interface WebServerOptions {
  core: Pick<Core, 'dispatch'>;
  /** The production renderer build (dist/renderer). */
  rendererDir: string;
  /** 0 (the default) picks a random free port. */
  port?: number;
  /** A cap below every operation's own body limit (shared/contract/body-limits.ts); tests use it. */
  maxBodyBytes?: number;
  /** Told about failures the client only sees as an 'internal' error. */
  onError?: (error: unknown) => void;
}

export interface WebServer {
  /** The first URL to open: it carries the token, which the page moves into sessionStorage. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Only our own names for the loopback address: anything else may be a DNS-rebinding page. */
function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `${LOOPBACK}:${port}` || host === `localhost:${port}`;
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string, rendererDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendEnvelope(res, refusals.methodNotAllowed, 405, { Allow: 'GET, HEAD' });
    return;
  }
  const asset = await serveRendererAsset(rendererDir, pathname);
  res.writeHead(asset.status, { ...asset.headers, 'Content-Length': String(asset.body.length) });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = createToken();
  let port = 0;
  const ctx: ApiContext = { core: options.core, token, maxBodyBytes: options.maxBodyBytes };

  const server = createServer((req, res) => {
    void (async () => {
      if (!hostAllowed(req.headers.host, port)) {
        sendEnvelope(res, refusals.forbiddenHost);
        return;
      }
      const { pathname } = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
      if (pathname === '/api' || pathname.startsWith(API_PREFIX)) await handleApi(req, res, pathname, ctx);
      else await serveStatic(req, res, pathname, options.rendererDir);
    })().catch((error: unknown) => {
      options.onError?.(error);
      if (!res.headersSent) sendEnvelope(res, failure('internal', internalErrorText));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
