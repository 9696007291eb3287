import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { Core } from '../../../main/core/api';
import type { IncidentInput } from '../../../shared/domain/incident';
import { dumpData, rawConnection } from '../core/db-helpers';
import { call, makeCore, sampleCompany, steppingClock } from '../core/helpers';

/**
 * Shared set-up for the incident tests: a core whose clock starts at a chosen instant (statuses are days counted
 * from it), a company, and the sample incident of issue 3 — a card-number leak known at 23:30 JST on 28 December.
 */
export const CARD_LEAK_KNOWN_AT = '2026-12-28T23:30+09:00';

export const cardLeak = (companyId: number, overrides: Partial<IncidentInput> = {}): IncidentInput => ({
  companyId,
  title: 'ECサイトのカード番号漏えい',
  breachKind: 'leak',
  certainty: 'confirmed',
  occurredAt: '2026-12-27T18:00+09:00',
  discoveredAt: '2026-12-28T22:00+09:00',
  knownAt: CARD_LEAK_KNOWN_AT,
  knownBy: '情報システム部',
  howDiscovered: 'カード会社からの連絡',
  dataItems: ['creditCard', 'name'],
  sensitive: false,
  wrongfulPurpose: false,
  individualsKind: 'estimate',
  individuals: 120,
  individualsUpperBound: 500,
  highLevelEncryption: false,
  ...overrides,
});

/** A non-reportable incident: nothing sensitive or financial, a handful of people, no wrongful purpose. */
export const minorLoss = (companyId: number, overrides: Partial<IncidentInput> = {}): IncidentInput => ({
  companyId,
  title: '社内名簿の紛失',
  breachKind: 'loss',
  knownAt: '2026-11-02T10:00+09:00',
  dataItems: ['name', 'email'],
  sensitive: false,
  financialRisk: false,
  wrongfulPurpose: false,
  individualsKind: 'exact',
  individuals: 3,
  highLevelEncryption: false,
  ...overrides,
});

/** A core whose clock starts at `now` (one second per reading) with one company. */
export async function incidentCore(now = '2026-12-29T01:00:00.000Z') {
  const made = await makeCore({ now: steppingClock(now) });
  const company = await call(made.core, 'companies.create', sampleCompany());
  return { ...made, company };
}

export function raw(file: string): Database.Database {
  return rawConnection(file);
}

const tables = ['incidents', 'incident_data_items', 'incident_other_items', 'incident_events', 'incident_notifications', 'audit_log'] as const;
export type IncidentTable = (typeof tables)[number];

/** Row counts of the incident tables and the audit log: compared before and after a refused request. */
export function counts(file: string): Record<IncidentTable, number> {
  const db = rawConnection(file, { readonly: true });
  const statements: Record<IncidentTable, string> = {
    incidents: 'SELECT count(*) FROM incidents',
    incident_data_items: 'SELECT count(*) FROM incident_data_items',
    incident_other_items: 'SELECT count(*) FROM incident_other_items',
    incident_events: 'SELECT count(*) FROM incident_events',
    incident_notifications: 'SELECT count(*) FROM incident_notifications',
    audit_log: 'SELECT count(*) FROM audit_log',
  };
  const result = {} as Record<IncidentTable, number>;
  for (const table of tables) result[table] = Number(db.prepare(statements[table]).pluck().get());
  db.close();
  return result;
}

/** Runs a request that must fail and checks that it changed nothing at all: every row of every table is as before. */
export async function refusedWithoutWriting(core: Core, file: string, operation: string, input: unknown) {
  const before = dumpData(rawConnection(file, { readonly: true }));
  const envelope = await core.dispatch(operation, input, core.workspace().id);
  if (envelope.ok) throw new Error(`${operation} succeeded but was expected to fail`);
  expect(dumpData(rawConnection(file, { readonly: true }))).toEqual(before);
  return envelope.error;
}
