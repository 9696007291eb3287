import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerAppScheme, serveAppScheme } from '../../../main/electron/protocol';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

let dir: string;
let rendererDir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'appi-electron-protocol-'));
  rendererDir = path.join(dir, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><meta name="csp-nonce" content="__CSP_NONCE__">' +
      '<script type="module" src="/assets/app.js"></script></head><body></body></html>',
  );
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'export {};\n');
  writeFileSync(path.join(dir, 'secret.txt'), 'SECRET-OUTSIDE-THE-BUILD');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => fake.reset());

describe('app:// scheme registration (before ready)', () => {
  it('is standard and secure, and does not bypass the CSP', () => {
    registerAppScheme();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    const [schemes] = fake.protocol.registerSchemesAsPrivileged.mock.calls[0] as [
      { scheme: string; privileges: Record<string, boolean> }[],
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]!.scheme).toBe('app');
    expect(schemes[0]!.privileges).toMatchObject({ standard: true, secure: true });
    // bypassCSP would let the page ignore its own Content-Security-Policy; the others widen what it may do.
    for (const loosening of ['bypassCSP', 'corsEnabled', 'allowServiceWorkers', 'stream']) {
      expect(schemes[0]!.privileges[loosening], loosening).not.toBe(true);
    }
  });
});

describe('app://workbench serves the renderer build', () => {
  function request(url: string, method = 'GET'): Promise<Response> {
    serveAppScheme(rendererDir);
    const handler = fake.protocol.handlers.get('app');
    expect(handler, 'protocol.handle("app", …) was not called').toBeTypeOf('function');
    // The handler reads only url and method; a plain object also carries schemes undici's Request may refuse.
    return handler!({ url, method } as Request);
  }

  function cspOf(response: Response): string {
    const csp = response.headers.get('content-security-policy');
    expect(csp, 'no Content-Security-Policy header').toBeTruthy();
    return csp!;
  }

  it('answers the page with a strict CSP whose style nonce is the one written into the page', async () => {
    const response = await request('app://workbench/');
    expect(response.status).toBe(200);
    const csp = cspOf(response);
    const html = await response.text();
    const nonce = /content="([^"]+)"/.exec(html)?.[1];
    expect(nonce).toBeTruthy();
    expect(nonce).not.toBe('__CSP_NONCE__');
    expect(csp).toContain(`'nonce-${nonce}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('uses a fresh nonce for every page', async () => {
    const first = cspOf(await request('app://workbench/'));
    const second = cspOf(await request('app://workbench/index.html'));
    expect(first).not.toBe(second);
  });

  it('serves assets with the CSP too', async () => {
    const response = await request('app://workbench/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    cspOf(response);
  });

  it('answers HEAD without a body', async () => {
    const response = await request('app://workbench/', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['another host', 'app://evil/index.html', 'GET'],
    ['a POST', 'app://workbench/', 'POST'],
    ['a traversal out of the build', 'app://workbench/..%2fsecret.txt', 'GET'],
    ['an encoded backslash traversal', 'app://workbench/%5c..%5csecret.txt', 'GET'],
    ['a file that does not exist', 'app://workbench/assets/missing.js', 'GET'],
  ])('answers 404 to %s', async (_name, url, method) => {
    const response = await request(url, method);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
  });
});
