import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import type { Input, OperationName, Output } from '../../../shared/contract';
import type { CompanyInput } from '../../../shared/domain/company';
import type { DeskInput } from '../../../shared/domain/desk';
import { AppError, type AppErrorData } from '../../../shared/errors';
import type { Core, CoreOptions } from '../../../main/core/api';
import { createCore } from '../../../main/core/index';

/** A fresh folder under the OS temp dir, removed when the test ends. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-core-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A clock that advances one second per reading, so timestamps are predictable and distinct. */
export function steppingClock(start = '2025-04-01T00:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const date = new Date(t);
    t += 1000;
    return date;
  };
}

export interface TestCore {
  core: Core;
  dir: string;
  workspacePath: string;
  userDataDir: string;
}

/** A core on a new workspace in a temp folder; closed (then the folder removed) when the test ends. */
export async function makeCore(options: Partial<CoreOptions> = {}): Promise<TestCore> {
  const dir = tempDir();
  const workspacePath = options.workspacePath ?? path.join(dir, 'workspace.sqlite');
  const userDataDir = options.userDataDir ?? path.join(dir, 'userdata');
  const core = await createCore({ osUser: 'tester', now: steppingClock(), ...options, workspacePath, userDataDir });
  onTestFinished(() => core.close());
  return { core, dir, workspacePath, userDataDir };
}

/** Calls an operation and returns its value, or throws the AppError it answered with. */
export async function call<N extends OperationName>(core: Core, operation: N, input: Input<N>): Promise<Output<N>> {
  const envelope = await core.dispatch(operation, input, core.workspace().id);
  if (!envelope.ok) throw AppError.fromData(envelope.error);
  return envelope.value as Output<N>;
}

/** Calls an operation that must fail, and returns the error it answered with. */
export async function failure(core: Core, operation: unknown, input: unknown): Promise<AppErrorData> {
  const envelope = await core.dispatch(operation, input, core.workspace().id);
  if (envelope.ok) throw new Error(`${String(operation)} succeeded but was expected to fail`);
  return envelope.error;
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export const sampleCompany = (overrides: Partial<CompanyInput> = {}): CompanyInput => ({
  legalNameJa: '株式会社サンプル',
  legalNameEn: 'Sample K.K.',
  postalCode: '100-0001',
  addressJa: '東京都千代田区千代田1-1',
  phone: '03-1234-5678',
  email: 'privacy@sample.co.jp',
  ...overrides,
});

export const sampleDesk = (companyId: number, overrides: Partial<DeskInput> = {}): DeskInput => ({
  companyId,
  kind: 'own',
  nameJa: '個人情報相談窓口',
  nameEn: 'Privacy Desk',
  department: '法務部',
  personInCharge: '山田太郎',
  phones: [{ label: '代表', number: '0120-123-456' }],
  email: 'desk@sample.co.jp',
  receptionDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  hoursFrom: '09:00',
  hoursTo: '17:00',
  ...overrides,
});
