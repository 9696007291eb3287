import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createDesk } from '../main/core/desks/service';
import { createCore } from '../main/core/index';
import { createPolicy } from '../main/core/policies/service';
import { getCompany } from '../main/core/store/companies';
import { openWorkspace } from '../main/core/store/workspace';
import { deskInput } from '../shared/domain/desk';
import { assessIncident } from '../shared/domain/incident-facts';
import { policyCreateInput } from '../shared/domain/policy';
import { checkPolicy } from '../shared/policy';
import { incidentValues, seededWorkspace } from './incident-seed';
import { sectionsOfLength } from './policy-seed';
import { machineLine, percentile, printGoals, ratioOf, samplePair, type GoalRow } from './support';

/**
 * Issue 15, row 2 — opening records in the 100k-incident, 10k-version workspace:
 *  - a 30-section policy with its checker (policies.open through dispatch: the policy and the check of its current
 *    version, the one request the editor makes to open it) vs
 *    the same rows selected by hand from the eleven section tables plus a bare checkPolicy on a copy of the sections
 *    (the text as just read): goal within 1.2× of raw, p95 ≤ 15 ms;
 *  - an incident with its timeline, notifications and assessment (incidents.get + timeline.list +
 *    notifications.list, as its page opens) vs its rows by hand plus assessIncident on facts in memory: p95 ≤ 10 ms.
 * A benchmark, not a test: it prints and never fails.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const SHAPE = { incidents: Number(process.env.BENCH_INCIDENTS ?? 100_000), companies: 100, policies: 1000, versionsPerPolicy: 10 };
const childTables = [
  'policy_purposes', 'policy_joint_use', 'policy_cross_border', 'policy_transmissions', 'policy_requests',
  'policy_request_kinds', 'policy_revisions', 'policy_revised_dates', 'policy_section_desks',
];

function rawPolicy(db: Database.Database) {
  const policy = db.prepare('SELECT * FROM policies WHERE id = ?');
  const versions = db.prepare('SELECT * FROM policy_versions WHERE policy_id = ? ORDER BY number DESC');
  const sections = db.prepare('SELECT * FROM policy_sections WHERE version_id = ? ORDER BY position');
  const children = childTables.map((table) =>
    db.prepare(`SELECT * FROM ${table} WHERE section_ref IN (SELECT id FROM policy_sections WHERE version_id = ?) ORDER BY section_ref`),
  );
  const company = db.prepare('SELECT * FROM companies WHERE id = ?');
  const desks = db.prepare('SELECT * FROM desks WHERE id IN (SELECT desk_id FROM policy_section_desks d JOIN policy_sections s ON s.id = d.section_ref WHERE s.version_id = ?)');
  return (policyId: number, versionId: number, companyId: number) => [
    policy.get(policyId),
    versions.all(policyId),
    sections.all(versionId),
    ...children.map((statement) => statement.all(versionId)),
    company.get(companyId),
    desks.all(versionId),
  ];
}

function rawIncident(db: Database.Database) {
  const incident = db.prepare('SELECT i.*, c.legal_name_ja AS company_name FROM incidents i JOIN companies c ON c.id = i.company_id WHERE i.id = ?');
  const items = db.prepare('SELECT item FROM incident_data_items WHERE incident_id = ?');
  const others = db.prepare('SELECT * FROM incident_other_items WHERE incident_id = ? ORDER BY position');
  const events = db.prepare('SELECT * FROM incident_events WHERE incident_id = ? ORDER BY at, id');
  const notifications = db.prepare('SELECT * FROM incident_notifications WHERE incident_id = ? ORDER BY notification_kind, id');
  return (id: number) => [incident.get(id), items.all(id), others.all(id), events.all(id), notifications.all(id)];
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-bench-open-'));
  try {
    const file = await seededWorkspace(SHAPE, dir);
    // The 30-section policy, written into this copy through the service.
    const connection = await openWorkspace(file);
    const scope = { db: () => connection.db, actor: () => 'bench', now: () => new Date() };
    const companyIds = connection.db.prepare('SELECT id FROM companies ORDER BY id').pluck().all() as number[];
    const company = getCompany(connection.db, companyIds[1]!)!;
    const desk = createDesk(scope, deskInput.parse({ companyId: company.id, kind: 'own', nameJa: '個人情報相談窓口', email: 'privacy@bench.example.jp' }));
    const thirty = createPolicy(scope, policyCreateInput.parse({ companyId: company.id, sections: sectionsOfLength(desk.id, 30) }));
    connection.close();

    const core = await createCore({ workspacePath: file, userDataDir: path.join(dir, 'userdata'), osUser: 'bench', now: () => new Date('2026-12-31T01:00:00.000Z') });
    const workspace = core.workspace().id;
    const raw = new Database(file, { readonly: true });
    const dispatch = async (operation: string, input: object) => {
      const envelope = await core.dispatch(operation, input, workspace);
      if (!envelope.ok) throw new Error(`${operation}: ${JSON.stringify(envelope.error)}`);
      return envelope.value;
    };
    const rows: GoalRow[] = [];

    const openPolicy = rawPolicy(raw);
    const sections = thirty.current.sections;
    const policy = await samplePair(
      RUNS,
      () => dispatch('policies.open', { id: thirty.id }),
      () => {
        openPolicy(thirty.id, thirty.current.id, company.id);
        // A copy per call, as an open has text just read from the file: the same string objects every call checked
        // ~0.7 ms faster (V8 keeps per-string results), a baseline no real open reaches.
        return checkPolicy({ sections: structuredClone(sections), company, desks: [desk] });
      },
    );
    rows.push({
      case: `open a ${sections.length}-section policy + checker`,
      goal: 'p95 ≤ 15 ms, ≤ 1.2× raw',
      ...policy,
      met: percentile(policy.service, 95) <= 15 && ratioOf(policy.service, policy.raw!, 50) <= 1.2,
    });

    const openIncident = rawIncident(raw);
    const ids = Array.from({ length: 100 }, (_, i) => 1 + ((i * 997) % SHAPE.incidents));
    const facts = new Map(ids.map((id) => [id, incidentValues(id - 1, companyIds)]));
    const incident = await samplePair(
      RUNS,
      async (i) => {
        const id = ids[i % ids.length]!;
        await dispatch('incidents.get', { id });
        await dispatch('timeline.list', { incidentId: id });
        await dispatch('notifications.list', { incidentId: id });
      },
      (i) => {
        const id = ids[i % ids.length]!;
        openIncident(id);
        return assessIncident(facts.get(id)!);
      },
    );
    rows.push({ case: 'open an incident + timeline + notifications + assessment', goal: 'p95 ≤ 10 ms', ...incident, met: percentile(incident.service, 95) <= 10 });

    core.close();
    raw.close();
    printGoals(`Issue 15 row 2 — open, ${SHAPE.incidents} incidents and ${SHAPE.policies * SHAPE.versionsPerPolicy} policy versions; ${RUNS} runs; ${machineLine()}`, rows);
    console.log('\n"met": the p95 goal, and for the policy its p50 within 1.2× of raw (rows by hand + checkPolicy on sections in memory).');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('benchmark failed:', error);
});
