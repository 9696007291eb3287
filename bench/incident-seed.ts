import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { audited } from '../main/core/audit/audited';
import { createCompany } from '../main/core/companies/service';
import { createDesk } from '../main/core/desks/service';
import { createIncidentIn } from '../main/core/incidents/service';
import { rederiveIfRulesChanged } from '../main/core/incidents/rederive';
import { LATEST_VERSION } from '../main/core/store/migrations';
import { openWorkspace } from '../main/core/store/workspace';
import { companyInput } from '../shared/domain/company';
import { deskInput } from '../shared/domain/desk';
import { incidentInput, type IncidentValues } from '../shared/domain/incident';
import { seedVersions } from './policy-seed';

/**
 * The benchmarks' incidents, and a seeded workspace kept between runs: recording 100k incidents through the
 * service's write path takes minutes on a loaded 2-core machine, and the list, open and memory rows only read it.
 * The cache is keyed by the counts and the schema version; for a new migration, the same shape cached under an older
 * version is copied and opened (the app's own upgrade), which takes seconds where seeding takes minutes.
 */
export const QUERY = '不正アクセス';
const titles = ['不正アクセスによる漏えい', 'メール誤送信', '書類の紛失', '不正アクセス（ランサムウェア）', 'USBメモリの紛失'];
const statuses = ['open', 'open', 'contained', 'reported', 'closed'] as const;
const itemSets = [['name', 'email'], ['name', 'creditCard'], ['name', 'healthCheck'], ['name', 'address', 'phone']] as const;

/** Deterministic incidents spread over the companies and over 2025–2026 (Japan time). */
export function incidentValues(i: number, companyIds: readonly number[]): IncidentValues {
  const day = i % 730;
  const known = new Date(Date.UTC(2025, 0, 1, 1 + (i % 12)) + day * 86_400_000).toISOString();
  const status = statuses[i % statuses.length]!;
  return incidentInput.parse({
    companyId: companyIds[i % companyIds.length],
    title: `${titles[Math.floor(i / companyIds.length) % titles.length]} ${i}`,
    // Reported or closed ones would need sent reports; the bench records them as their own verdict allows.
    status: status === 'reported' || status === 'closed' ? 'contained' : status,
    breachKind: i % 7 === 0 ? 'loss' : 'leak',
    knownAt: known,
    dataItems: itemSets[i % itemSets.length],
    sensitive: false,
    financialRisk: false,
    wrongfulPurpose: i % 3 === 0,
    individualsKind: 'estimate',
    individuals: (i * 37) % 3000,
    highLevelEncryption: i % 11 === 0 ? null : false,
    howDiscovered: i % 2 === 0 ? '監視システムの警告' : '顧客からの問い合わせ',
  });
}

export interface SeedShape {
  incidents: number;
  companies: number;
  /** Policies of `versionsPerPolicy` versions each; 0 for none. */
  policies: number;
  versionsPerPolicy: number;
}

const cacheDir = path.join(os.tmpdir(), 'appi-bench-cache');

/** Builds (or reuses) a workspace of that shape and returns a fresh copy of it in `dir`, free to open and write. */
export async function seededWorkspace(shape: SeedShape, dir: string): Promise<string> {
  const key = `v${LATEST_VERSION}-${shapeKey(shape)}`;
  const cached = path.join(cacheDir, key);
  if (!fs.existsSync(cached) || process.env.BENCH_RESEED === '1') {
    fs.mkdirSync(cacheDir, { recursive: true });
    const building = `${cached}.building-${process.pid}`;
    const started = Date.now();
    const older = process.env.BENCH_RESEED === '1' ? null : olderCache(shape);
    if (older) {
      fs.copyFileSync(older, building);
      await upgrade(building);
    } else {
      await seed(shape, building);
    }
    fs.renameSync(building, cached);
    const how = older ? `upgraded from ${path.basename(older)}` : 'seeded';
    console.log(`(${how} ${key} in ${((Date.now() - started) / 1000).toFixed(0)} s; kept in ${cacheDir}, BENCH_RESEED=1 rebuilds)`);
  }
  await deriveOnce(cached);
  const copy = path.join(dir, 'workspace.sqlite');
  fs.copyFileSync(cached, copy);
  return copy;
}

const shapeKey = (shape: SeedShape) => `i${shape.incidents}-c${shape.companies}-p${shape.policies}x${shape.versionsPerPolicy}.sqlite`;

/** The newest cached workspace of this shape under an older schema version, if any. */
function olderCache(shape: SeedShape): string | null {
  if (!fs.existsSync(cacheDir)) return null;
  const versions = fs
    .readdirSync(cacheDir)
    .map((name) => /^v(\d+)-(.*)$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null && m[2] === shapeKey(shape) && Number(m[1]) < LATEST_VERSION)
    .map((m) => Number(m[1]))
    .sort((a, b) => b - a);
  return versions.length > 0 ? path.join(cacheDir, `v${versions[0]}-${shapeKey(shape)}`) : null;
}

/**
 * When the app's rules or holiday data changed since the cache was made, its first opening derives every open
 * incident again (tens of thousands of rows and a 1 GB -wal): done once here on the cache, not in every run's copy.
 */
async function deriveOnce(cached: string): Promise<void> {
  const connection = await openWorkspace(cached, { mode: 'open' });
  try {
    const started = Date.now();
    const result = rederiveIfRulesChanged(connection.db, () => new Date());
    if (result) console.log(`(derived the cache's open incidents under today's rules in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    connection.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    connection.close();
  }
}

/** Opens the copy as the app does (its pending migrations run) and drops the backup the upgrade writes beside it. */
async function upgrade(file: string): Promise<void> {
  const connection = await openWorkspace(file);
  connection.db.pragma('wal_checkpoint(TRUNCATE)');
  connection.close();
  const dir = path.dirname(file);
  for (const name of fs.readdirSync(dir)) if (name.startsWith(`${path.basename(file)}.backup-`)) fs.rmSync(path.join(dir, name));
}

async function seed(shape: SeedShape, file: string): Promise<void> {
  const connection = await openWorkspace(file);
  try {
    const scope = { db: () => connection.db, actor: () => 'bench', now: () => new Date() };
    const companyIds = Array.from({ length: shape.companies }, (_, i) =>
      createCompany(scope, companyInput.parse({ legalNameJa: `会社${String(i).padStart(3, '0')}` })).id,
    );
    const chunk = 10_000;
    for (let from = 0; from < shape.incidents; from += chunk) {
      const values = Array.from({ length: Math.min(chunk, shape.incidents - from) }, (_, i) => incidentValues(from + i, companyIds));
      audited(scope, 'incidents.import', (tx) => values.forEach((v) => createIncidentIn(tx, v)));
    }
    if (shape.policies > 0) {
      const desk = createDesk(scope, deskInput.parse({ companyId: companyIds[0], kind: 'own', nameJa: 'お客様相談室', email: 'desk@example.co.jp' }));
      seedVersions(scope, companyIds[0]!, desk.id, shape.policies, shape.versionsPerPolicy);
    }
    connection.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    connection.close();
  }
}
