import { randomBytes } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Serving the production renderer build (dist/renderer) for both shells: Electron's app:// protocol and
 * browser mode's loopback HTTP server answer a path with exactly these bytes and headers, so the
 * Content-Security-Policy and the traversal checks live in one place.
 */

/** What index.html carries where the shell puts the per-response nonce (Mantine reads it from the meta tag). */
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

export interface AssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function contentTypeOf(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** 128 random bits, fresh for every response that carries a page. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/** No remote content at all: scripts, styles, fonts and API calls come from our own origin only. */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "font-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Headers every response of either shell carries, pages and assets alike. */
export function securityHeaders(nonce: string = createNonce()): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(nonce),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function isInside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * The file a URL path names inside `rendererDir`, or null when the path is malformed or tries to leave it.
 * Fails closed: a `..` segment, a backslash or a NUL byte anywhere (also percent-encoded) is refused
 * rather than normalised away.
 */
export function resolveAssetPath(rendererDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return null;
  const root = path.resolve(rendererDir);
  const resolved = path.resolve(root, ...segments);
  return isInside(root, resolved) ? resolved : null;
}

async function regularFileInside(root: string, file: string): Promise<boolean> {
  try {
    if (!(await stat(file)).isFile()) return false;
    // A symlink inside the build must not lead outside it.
    return isInside(await realpath(root), await realpath(file));
  } catch {
    return false;
  }
}

function notFound(text = 'Not found'): AssetResponse {
  return {
    status: 404,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
    body: Buffer.from(text),
  };
}

const notBuilt = 'The renderer is not built: run `npm run build`.';

async function page(indexFile: string): Promise<AssetResponse> {
  const nonce = createNonce();
  const html = (await readFile(indexFile, 'utf8')).replaceAll(NONCE_PLACEHOLDER, nonce);
  return {
    status: 200,
    headers: { ...securityHeaders(nonce), 'Content-Type': contentTypes['.html']!, 'Cache-Control': 'no-store' },
    body: Buffer.from(html, 'utf8'),
  };
}

/**
 * Answers a GET for `urlPath` (the URL's pathname, still percent-encoded) from the renderer build.
 * The renderer keeps its routes in the URL hash, so every other path is a file of the build or a 404.
 */
export async function serveRendererAsset(rendererDir: string, urlPath: string): Promise<AssetResponse> {
  const root = path.resolve(rendererDir);
  const indexFile = path.join(root, 'index.html');
  const file = resolveAssetPath(root, urlPath);
  if (file === null) return notFound();
  const hasIndex = await regularFileInside(root, indexFile);
  if (file === root || file === indexFile) return hasIndex ? page(indexFile) : notFound(notBuilt);
  if (await regularFileInside(root, file)) {
    return {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentTypeOf(file) },
      body: await readFile(file),
    };
  }
  return notFound();
}
