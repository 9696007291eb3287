import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../main/core/api';
import { createCore } from '../../../main/core/index';
import { contract, operationNames, type OperationName } from '../../../shared/contract';
import { envelopeSchema, type Envelope } from '../../../shared/errors';
import { steppingClock } from '../core/helpers';
import { seedWorkspace } from './seed';

/**
 * Issue 12 item 8: property-based fuzzing of EVERY contract operation through the real dispatcher on a real
 * workspace. Each operation gets arbitrary values (JSON as browser mode parses it, and what Electron's structured
 * clone can carry) and mutations of a valid input (a key dropped, a value replaced by anything or by hostile text).
 * Whatever the input: no 'internal' or storage error (a 5xx), every failure a structured error with its ja/en
 * message and a path, a failure's reply bounded in size, and a refused request leaves the file untouched (SQLite's
 * data_version seen from another connection, and the audit row count). A fixed seed keeps the run repeatable.
 */
const SEED = 20261229;
const ARBITRARY_RUNS = 100;
const MUTATION_RUNS = 150;
/** Operations that render a document or copy the file when a mutation still succeeds: fewer runs keep the suite short. */
const SLOW = new Set<string>(['exports.incident', 'exports.timing', 'exports.policy', 'backup.saveCopy', 'backup.now', 'backup.exportData', 'audit.exportCsv']);
const SLOW_RUNS = 12;
const MAX_FAILURE_REPLY = 64 * 1024;
const SERVER_ERRORS = new Set(['internal', 'storage_busy', 'storage_full', 'storage_failed', 'workspace_damaged']);

/** Operations that remove or replace the seeded records (or the workspace) run last, so the others fuzz against them. */
function order(names: readonly OperationName[]): OperationName[] {
  const late = (name: string) => /\.(delete|discard)$|^backup\.(restore|importData)$|^workspace\.(open|create)$/.test(name);
  return [...names.filter((name) => !late(name)), ...names.filter(late)];
}

const hostileText = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Eabc',
  '\uD800',
  '\u0007\u001b[2J',
  '"',
  'NEAR(',
  '*',
  "'; DROP TABLE companies; --",
  '../../etc/passwd',
  'x.sqlite',
  '２０２６-１２-２９',
  '2026-02-30',
  '9999-12-31T99:99+09:00',
  'あ'.repeat(3000),
  'x'.repeat(70_000),
);
const hostileNumber = fc.constantFrom(0, -1, 1, 2 ** 31, 2 ** 53 + 2, 1e308, -0, 0.5, Number.MAX_SAFE_INTEGER);
const jsonish = fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileText, hostileNumber);
/** What an Electron page could send through the structured clone: undefined, NaN, dates, null-prototype objects. */
const cloneable = fc.anything({ maxDepth: 2, withNullPrototype: true, withDate: true, withSparseArray: true, withBoxedValues: false });

type Mutation = { kind: 'drop' | 'set' | 'add' | 'wrap' | 'replace'; pick: number; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('drop', 'set', 'set', 'set', 'add', 'wrap', 'replace'),
  pick: fc.nat(),
  value: fc.oneof(jsonish, jsonish, cloneable),
  key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'id', 'revision', 'companyId')),
});

function mutate(valid: unknown, change: Mutation): unknown {
  if (change.kind === 'replace' || valid === null || typeof valid !== 'object' || Array.isArray(valid)) return change.value;
  const copy: Record<string, unknown> = { ...(valid as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const key = keys.length === 0 ? change.key : keys[change.pick % keys.length]!;
  if (change.kind === 'drop') delete copy[key];
  else if (change.kind === 'set') copy[key] = change.value;
  else if (change.kind === 'wrap') copy[key] = [copy[key], change.value];
  else Object.defineProperty(copy, change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** JSON as browser mode's body parser would hand it over (undefined and NaN do not survive it). */
function overHttp(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

let dir: string;
let core: Core;
let raw: Database.Database;
let previousCwd: string;
let valid: Partial<Record<OperationName, unknown>>;
const figures = { calls: 0, failures: 0, successes: 0 };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-fuzz-'));
  // A fuzzed workspace.create or a relative path must never land in the repository.
  previousCwd = process.cwd();
  process.chdir(dir);
  core = await createCore({
    workspacePath: path.join(dir, 'workspace.sqlite'),
    userDataDir: path.join(dir, 'user-data'),
    osUser: 'fuzzer',
    now: steppingClock('2026-12-29T01:00:00.000Z'),
  });
  valid = await seedWorkspace(core);
  raw = new Database(path.join(dir, 'workspace.sqlite'), { readonly: true, fileMustExist: true });
}, 60_000);

afterAll(() => {
  raw?.close();
  core?.close();
  process.chdir(previousCwd);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Changes whenever another connection (the core's) commits anything to the file. */
function fileState(): { dataVersion: number; audit: number } {
  return {
    dataVersion: raw.pragma('data_version', { simple: true }) as number,
    audit: raw.prepare('SELECT count(*) FROM audit_log').pluck().get() as number,
  };
}

async function callAndCheck(operation: OperationName, input: unknown): Promise<void> {
  const workspaceId = core.workspace().id;
  const before = fileState();
  const envelope: Envelope<unknown> = await core.dispatch(operation, input, workspaceId);
  figures.calls++;
  expect(envelopeSchema.safeParse(envelope).success, `${operation}: not an envelope`).toBe(true);
  if (envelope.ok) {
    figures.successes++;
    return;
  }
  figures.failures++;
  const { error } = envelope;
  const shown = () => `${operation} ${JSON.stringify(overHttp(input))?.slice(0, 300)} → ${JSON.stringify(error).slice(0, 300)}`;
  expect(SERVER_ERRORS.has(error.code), shown()).toBe(false);
  expect(error.message.ja.trim(), shown()).not.toBe('');
  expect(error.message.en.trim(), shown()).not.toBe('');
  expect(Array.isArray(error.path), shown()).toBe(true);
  expect(JSON.stringify(envelope).length, shown()).toBeLessThan(MAX_FAILURE_REPLY);
  // Refused means nothing written: the workspace (if it is still the same one) saw no commit.
  if (core.workspace().id === workspaceId) expect(fileState(), shown()).toEqual(before);
}

describe('fuzzing every contract operation', () => {
  it('answers arbitrary and mutated inputs with a result or a structured error, writing nothing when refusing', async () => {
    const started = performance.now();
    const operations = order(operationNames);
    for (const operation of operations) {
      const slow = SLOW.has(operation);
      await fc.assert(
        fc.asyncProperty(fc.oneof(jsonish.map(overHttp), cloneable), async (input) => callAndCheck(operation, input)),
        { seed: SEED, numRuns: slow ? SLOW_RUNS : ARBITRARY_RUNS, endOnFailure: true },
      );
      const base = valid[operation] ?? {};
      await fc.assert(
        fc.asyncProperty(mutation, fc.boolean(), async (change, http) => {
          const input = mutate(base, change);
          await callAndCheck(operation, http ? overHttp(input) : input);
        }),
        { seed: SEED, numRuns: slow ? SLOW_RUNS : MUTATION_RUNS, endOnFailure: true },
      );
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const withSamples = operations.filter((operation) => valid[operation] !== undefined).length;
    console.log(
      `[fuzz] ${operations.length} operations (${withSamples} with a valid input to mutate; ${SLOW.size} slow ones at ${SLOW_RUNS}+${SLOW_RUNS} runs, ` +
        `the rest ${ARBITRARY_RUNS} arbitrary + ${MUTATION_RUNS} mutated): ${figures.calls} calls, ${figures.failures} refused, ` +
        `${figures.successes} succeeded, 0 unexpected, in ${seconds} s (seed ${SEED})`,
    );
    expect(operations).toHaveLength(Object.keys(contract).length);
    // Both sides were reached: refusals, and mutations valid enough to run the operation.
    expect(figures.failures).toBeGreaterThan(0);
    expect(figures.successes).toBeGreaterThan(operations.length);
  }, 180_000);
});
