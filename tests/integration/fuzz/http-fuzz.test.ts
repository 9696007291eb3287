import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationNames } from '../../../shared/contract';
import { envelopeSchema } from '../../../shared/errors';
import { counts, rawRequest, startHarness, type Harness } from '../web/harness';

/**
 * The browser-mode transport under fuzzing (issue 12 item 8): any body — arbitrary text, bytes that are not UTF-8,
 * JSON of any shape — to any operation, or to a name that is none, is answered with an envelope and a 2xx/4xx
 * status, never a 5xx or a dropped connection; and nothing is written by a refused request.
 */
const SEED = 20261229;
const RUNS = 300;
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.close());

const body = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }).map((text) => Buffer.from(text, 'utf8')),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  fc.jsonValue({ maxDepth: 3 }).map((value) => Buffer.from(JSON.stringify(value) ?? '', 'utf8')),
  fc.constantFrom('{"legalNameJa":"\\u0000"}', '{"query":"\\ud800"}', '[]', 'null', '{', '"x"', '{"__proto__":{"id":1}}').map((text) => Buffer.from(text)),
);
const operation = fc.oneof(fc.constantFrom(...operationNames), fc.string({ maxLength: 30 }).map(encodeURIComponent));

describe('fuzzing the HTTP API', () => {
  it('answers any body to any operation with an envelope and no 5xx', async () => {
    const before = await counts(harness);
    let written = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(operation, body, async (name, bytes) => {
        const response = await rawRequest({
          port: harness.server.port,
          path: `/api/${name}`,
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Workbench-Token': harness.server.token,
            'X-Workbench-Workspace': harness.core.workspace().id,
          },
          body: bytes as unknown as string,
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, `${name} ${bytes.toString('hex').slice(0, 80)}`).toBeLessThan(500);
        const envelope = envelopeSchema.parse(JSON.parse(response.text));
        if (envelope.ok && /create|update|plan|add|save|start|publish|import/.test(name)) written++;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`[http fuzz] ${RUNS} requests (seed ${SEED}): statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    // Only requests answered ok may have written (one audit row each at most here).
    const after = await counts(harness);
    expect(after.audit - before.audit).toBeLessThanOrEqual(written);
  }, 60_000);
});
