import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyWorkspaceFile } from '../../../main/core/audit/verify-file';
import { killHard, startServer, type ServerProcess } from './server-process';

/**
 * Issue 12 item 8: a bounded kill -9 test. Browser mode runs in its own process; several clients write through the
 * HTTP API (companies, and desks of companies already acknowledged) while the process is killed with SIGKILL at a
 * moment drawn from a fixed seed. After each kill, before anything reopens the file: PRAGMA integrity_check is ok,
 * every write the server ACKNOWLEDGED is in the file with its audit row, and the audit hash chain verifies. Then the
 * server restarts on the same file and the next round goes on writing to it.
 */
const ROUNDS = 5;
const CLIENTS = 4;
const SEED = 12;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Acknowledged {
  entity: 'company' | 'desk';
  id: number;
  name: string;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-kill-'));
const home = path.join(dir, 'home');
fs.mkdirSync(path.join(home, '.config'), { recursive: true });
const workspacePath = path.join(dir, 'workspace.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes until the server stops answering; only a 200 with ok:true counts as acknowledged. */
async function writer(server: ServerProcess, client: number, round: number, acknowledged: Acknowledged[], stop: () => boolean): Promise<number> {
  let attempts = 0;
  for (let n = 0; !stop(); n++) {
    attempts++;
    const companies = acknowledged.filter((entry) => entry.entity === 'company');
    const desk = n % 3 === 2 && companies.length > 0;
    const name = desk ? `窓口 r${round} c${client} n${n}` : `株式会社クラッシュ r${round} c${client} n${n}`;
    const [operation, input] = desk
      ? ['desks.create', { companyId: companies[(n * 7 + client) % companies.length]!.id, kind: 'own', nameJa: name }]
      : ['companies.create', { legalNameJa: name }];
    let envelope;
    try {
      envelope = await server.api(operation, input);
    } catch {
      return attempts; // the process is gone: this write was never acknowledged
    }
    if (!envelope.ok) throw new Error(`${operation} refused: ${JSON.stringify(envelope.error)}`);
    acknowledged.push({ entity: desk ? 'desk' : 'company', id: (envelope.value as { id: number }).id, name });
  }
  return attempts;
}

function checkFile(acknowledged: readonly Acknowledged[]): { integrity: string; missing: string[]; unaudited: string[] } {
  const db = new Database(workspacePath, { fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const company = db.prepare('SELECT legal_name_ja FROM companies WHERE id = ?').pluck();
    const desk = db.prepare('SELECT name_ja FROM desks WHERE id = ?').pluck();
    const audited = db.prepare(`SELECT count(*) FROM audit_log WHERE entity = ? AND entity_id = ? AND operation LIKE '%.create'`).pluck();
    const missing: string[] = [];
    const unaudited: string[] = [];
    for (const entry of acknowledged) {
      const stored = (entry.entity === 'company' ? company : desk).get(entry.id);
      if (stored !== entry.name) missing.push(`${entry.entity} ${entry.id} ${entry.name}`);
      if (audited.get(entry.entity, entry.id) !== 1) unaudited.push(`${entry.entity} ${entry.id}`);
    }
    return { integrity, missing, unaudited };
  } finally {
    db.close();
  }
}

describe('kill -9 while writing through the HTTP API', () => {
  it(`keeps every acknowledged write with its audit row, the file intact and the chain verified (${ROUNDS} rounds)`, async () => {
    const next = random(SEED);
    const acknowledged: Acknowledged[] = [];
    const started = performance.now();
    let attempts = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const server = await startServer(workspacePath, home);
      const before = acknowledged.length;
      let stopped = false;
      const clients = Array.from({ length: CLIENTS }, (_, client) => writer(server, client, round, acknowledged, () => stopped));
      // Once writes flow, the kill lands 100–1,100 ms later: mid-transaction, mid-reply or between requests.
      const flowing = performance.now();
      while (acknowledged.length === before && performance.now() - flowing < 15_000) await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.floor(next() * 1000)));
      await killHard(server.child);
      stopped = true;
      attempts += (await Promise.all(clients)).reduce((sum, count) => sum + count, 0);
      expect(acknowledged.length, `round ${round} acknowledged nothing`).toBeGreaterThan(before);

      const file = checkFile(acknowledged);
      expect(file.integrity, `round ${round}`).toBe('ok');
      expect(file.missing, `round ${round}: acknowledged but not in the file`).toEqual([]);
      expect(file.unaudited, `round ${round}: acknowledged without its audit row`).toEqual([]);
      const chain = await verifyWorkspaceFile(workspacePath);
      expect(chain.problems, `round ${round}`).toEqual([]);
      expect(chain.ok).toBe(true);
    }
    // The app opens the file again and serves what it holds.
    const server = await startServer(workspacePath, home);
    const listed = await server.api('companies.list', { limit: 1 });
    await killHard(server.child);
    expect(listed.ok).toBe(true);
    const companies = acknowledged.filter((entry) => entry.entity === 'company').length;
    // A write may commit and lose its reply to the kill (never acknowledged): at most one in flight per client per round.
    const total = (listed as { value: { total: number } }).value.total;
    expect(total).toBeGreaterThanOrEqual(companies);
    expect(total).toBeLessThanOrEqual(companies + CLIENTS * ROUNDS);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `[kill -9] ${ROUNDS} rounds (seed ${SEED}), ${CLIENTS} clients: ${attempts} writes sent, ${acknowledged.length} acknowledged ` +
        `(${companies} companies, ${acknowledged.length - companies} desks), all present with their audit rows (${total - companies} more committed whose reply the kill cut off); integrity_check ok and the chain verified after every kill; ${seconds} s`,
    );
  }, 90_000);
});
