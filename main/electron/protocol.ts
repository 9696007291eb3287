import { protocol } from 'electron';
import { serveRendererAsset } from '../core/ui/renderer-assets';
import { APP_HOST, APP_SCHEME } from './app-url';

/** Must run before the app is ready: standard gives app:// real origins and relative URLs, secure a secure context. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** app://workbench/<path> answers from the renderer build with the same bytes and CSP as browser mode. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Not found', { status: 404 });
    }
    const asset = await serveRendererAsset(rendererDir, url.pathname);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(asset.body), {
      status: asset.status,
      headers: asset.headers,
    });
  });
}
