import os from 'node:os';
import { deskInput, type DeskValues } from '../shared/domain/desk';

/** Timing, memory and table helpers for the benchmarks; nothing here asserts anything. */
export interface Row {
  case: string;
  n: number;
  serviceMs: number | null;
  rawMs: number | null;
  p50?: string;
  p95?: string;
  /** Heap growth, where the case measures it. */
  heapMb: number | null;
}

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export function time<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const fmt = (value: number | null, digits = 1) => (value === null ? '-' : value.toFixed(digits));

export function printTable(rows: readonly Row[]): void {
  const header = ['case', 'n', 'service ms', 'raw ms', 'ratio', 'p50 svc/raw ms', 'p95 svc/raw ms', 'heap Δ MB'];
  const body = rows.map((row) => [
    row.case,
    String(row.n),
    fmt(row.serviceMs),
    fmt(row.rawMs),
    row.serviceMs !== null && row.rawMs ? `${(row.serviceMs / row.rawMs).toFixed(2)}x` : '-',
    row.p50 ?? '-',
    row.p95 ?? '-',
    fmt(row.heapMb),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const cells of body) console.log(line(cells));
}

const names = ['お客様相談室', '個人情報相談窓口', '苦情受付センター', 'Privacy Desk', 'サポートデスク'];
const departments = ['法務部', '総務部', 'カスタマーサポート部', '情報システム部'];

/** Deterministic desk inputs spread evenly over the companies; two names in five contain 「相談」. */
export function deskInputs(count: number, companyIds: readonly number[]): unknown[] {
  return Array.from({ length: count }, (_, i) => ({
    companyId: companyIds[i % companyIds.length],
    kind: i % 10 === 0 ? 'other' : 'own',
    nameJa: `${names[Math.floor(i / companyIds.length) % names.length]} ${i}`,
    nameEn: `Desk ${i}`,
    department: departments[i % departments.length],
    personInCharge: `担当者${i % 97}`,
    phones: [{ label: '代表', number: `03-${String(1000 + (i % 9000)).padStart(4, '0')}-${String(i % 10000).padStart(4, '0')}` }],
    email: `desk${i}@example.co.jp`,
    receptionDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    hoursFrom: '09:00',
    hoursTo: '17:30',
    languages: i % 3 === 0 ? ['ja', 'en'] : ['ja'],
  }));
}

export function parseDesks(inputs: readonly unknown[]): DeskValues[] {
  return inputs.map((input) => deskInput.parse(input));
}

/** One row of a goal table: the service and its same-process baseline, sampled alternately. */
export interface GoalRow {
  case: string;
  goal: string;
  /** Milliseconds per call. */
  service: readonly number[];
  raw: readonly number[] | null;
  /** Whether the figures meet the goal; null when the row has no pass/fail reading. */
  met: boolean | null;
  note?: string;
}

/** Runs `service` and `raw` alternately (so load on the machine hits both alike), after a warm-up. */
export async function samplePair(
  runs: number,
  service: (i: number) => unknown,
  raw: ((i: number) => unknown) | null,
): Promise<{ service: number[]; raw: number[] | null }> {
  for (let i = 0; i < Math.min(20, runs); i++) {
    await service(i);
    raw?.(i);
  }
  const s: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < runs; i++) {
    s.push((await timeAsync(async () => service(i))).ms);
    if (raw) r.push(time(() => raw(i)).ms);
  }
  return { service: s, raw: raw ? r : null };
}

/**
 * Runs `service` and each baseline in turn, every round (as samplePair does for one): baselines timed in a loop of
 * their own afterwards would run in a quieter heap and warmer caches than the service they are compared with. The
 * order turns each round, so no one of them always runs right after another has read the same pages.
 */
export async function sampleRounds(runs: number, service: (i: number) => unknown, baselines: readonly ((i: number) => unknown)[]): Promise<{ service: number[]; baselines: number[][] }> {
  for (let i = 0; i < Math.min(20, runs); i++) {
    await service(i);
    for (const baseline of baselines) baseline(i);
  }
  const s: number[] = [];
  const b = baselines.map((): number[] => []);
  const contenders = baselines.length + 1;
  for (let i = 0; i < runs; i++) {
    for (let turn = 0; turn < contenders; turn++) {
      const k = (i + turn) % contenders;
      if (k === 0) s.push((await timeAsync(async () => service(i))).ms);
      else b[k - 1]!.push(time(() => baselines[k - 1]!(i)).ms);
    }
  }
  return { service: s, baselines: b };
}

export const ratioOf = (service: readonly number[], raw: readonly number[], p: number) => percentile(service, p) / percentile(raw, p);

/** case | goal | p50 svc/raw | p95 svc/raw | ratio p50 / p95 | met — the rows as run. */
export function printGoals(title: string, rows: readonly GoalRow[]): void {
  console.log(`\n${title}\n`);
  const header = ['case', 'goal', 'p50 svc/raw ms', 'p95 svc/raw ms', 'ratio p50/p95', 'met'];
  const f = (xs: readonly number[], p: number) => percentile(xs, p).toFixed(2);
  const body = rows.map((row) => [
    row.note ? `${row.case} (${row.note})` : row.case,
    row.goal,
    row.raw ? `${f(row.service, 50)}/${f(row.raw, 50)}` : f(row.service, 50),
    row.raw ? `${f(row.service, 95)}/${f(row.raw, 95)}` : f(row.service, 95),
    row.raw ? `${ratioOf(row.service, row.raw, 50).toFixed(2)}x/${ratioOf(row.service, row.raw, 95).toFixed(2)}x` : '-',
    row.met === null ? '-' : row.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i <= 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const cells of body) console.log(line(cells));
}

/** The machine's state when the figures were taken: they are noisy on a shared 2-core machine. */
export function machineLine(): string {
  const [one, five] = os.loadavg();
  return `Node ${process.version}, ${os.cpus().length} CPUs, load average ${one!.toFixed(2)} / ${five!.toFixed(2)} (1 / 5 min)`;
}
