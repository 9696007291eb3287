import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

const get = (path: string, headers?: Record<string, string>) => rawRequest({ port: harness.server.port, path, headers });

describe('browser mode serves the renderer build safely', () => {
  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '/assets/app.js%00.html',
    '/%E0%A4%A',
  ])('refuses the traversal %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.text).not.toContain('SECRET');
  });

  it('serves index.html with a fresh nonce in both the page and the CSP header', async () => {
    const first = await get('/');
    const second = await get('/');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.text).not.toContain('__CSP_NONCE__');
    const nonce = /<meta name="csp-nonce" content="([^"]+)">/.exec(first.text)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const csp = String(first.headers['content-security-policy']);
    expect(csp).toBe(
      "default-src 'none'; script-src 'self'; " +
        `style-src 'self' 'nonce-${nonce}'; font-src 'self'; img-src 'self' data:; connect-src 'self'; ` +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
    );
    expect(second.text).not.toContain(nonce);
  });

  it('sends the security headers, and no-store for the page', async () => {
    const page = await get('/');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('no-store');
    const script = await get('/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
    expect(script.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers anything that is not a file of the build with 404 (routes live in the hash)', async () => {
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/companies/12')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
  });

  it('refuses a foreign Host for pages too', async () => {
    const response = await get('/', { Host: `attacker.example:${harness.server.port}` });
    expect(response.status).toBe(403);
    expect(response.text).not.toContain('csp-nonce');
    expect((await get('/', { Host: `localhost:${harness.server.port}` })).status).toBe(200);
  });

  it('refuses writes to the static side', async () => {
    const response = await rawRequest({ port: harness.server.port, path: '/index.html', method: 'PUT', body: 'x' });
    expect(response.status).toBe(405);
  });
});
