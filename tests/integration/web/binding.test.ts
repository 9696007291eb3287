import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startHarness, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

/** Addresses of this machine other than 127.0.0.1; a server on 0.0.0.0 or :: would answer on them. */
function otherAddresses(): string[] {
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry !== undefined && !entry.internal && entry.family === 'IPv4')
    .map((entry) => entry!.address);
  // 127.0.0.2 is loopback on Linux yet not 127.0.0.1, so this check bites even on a machine with no network.
  return ['127.0.0.2', '::1', ...external];
}

describe('browser mode listens on 127.0.0.1 only', () => {
  it('prints a URL on 127.0.0.1 with the token', () => {
    expect(harness.server.url).toBe(`http://127.0.0.1:${harness.server.port}/?token=${harness.server.token}`);
    expect(harness.server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers on 127.0.0.1', async () => {
    expect((await rawRequest({ port: harness.server.port, path: '/' })).status).toBe(200);
  });

  it.each(otherAddresses())('refuses connections on %s', async (address) => {
    await expect(
      rawRequest({ host: address, port: harness.server.port, path: '/', headers: { Host: `127.0.0.1:${harness.server.port}` } }),
    ).rejects.toThrow(/ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH|EHOSTUNREACH|EAFNOSUPPORT/);
  });
});
