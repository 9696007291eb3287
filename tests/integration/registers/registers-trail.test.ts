import { describe, expect, it } from 'vitest';
import { call, makeCore } from '../core/helpers';
import { cardLeak, incidentCore, raw } from '../incidents/helpers';

/** The registers in the workspace-wide tools: the audit trail's verification and the JSON data export and import. */
async function seeded() {
  const made = await incidentCore();
  const { core, company } = made;
  const entrustee = await call(core, 'entrustees.create', {
    companyId: company.id,
    entrusteeName: '株式会社配送センター',
    checks: [{ checkKind: 'selection', checkedOn: '2026-01-10', checkMethod: 'questionnaire', checkResult: 'suitable' }],
  });
  const entry = await call(core, 'inventory.create', {
    companyId: company.id,
    entryName: '会員情報',
    heldItems: ['name'],
    acquisition: 'direct_written',
    storageMedium: 'electronic',
    entrusteeIds: [entrustee.id],
  });
  const incident = await call(core, 'incidents.create', cardLeak(company.id));
  await call(core, 'inventory.linkIncident', { incidentId: incident.id, entryIds: [entry.id] });
  return { ...made, entry, entrustee, incident };
}

describe('registers in the trail and the data export', () => {
  it('verifies the audit trail with inventory and entrustee writes in it', async () => {
    const { core } = await seeded();
    const report = await call(core, 'audit.verify', {});
    expect(report).toMatchObject({ ok: true });
  });

  it('finds an inventory entry or an entrustee changed outside the app', async () => {
    const { core, workspacePath, entry, entrustee } = await seeded();
    core.close();
    const db = raw(workspacePath);
    db.prepare("UPDATE inventory_entries SET name = '書き換え' WHERE id = ?").run(entry.id);
    db.prepare("UPDATE entrustees SET name = '書き換え' WHERE id = ?").run(entrustee.id);
    db.close();
    const reopened = await makeCore({ workspacePath });
    const report = await call(reopened.core, 'audit.verify', {});
    expect(report.ok).toBe(false);
    const text = JSON.stringify(report);
    expect(text).toContain('inventory_entry');
    expect(text).toContain('entrustee');
  });

  it('exports the registers and their links as JSON and imports them into an empty workspace', async () => {
    const { core, entry, entrustee, incident } = await seeded();
    const exported = await call(core, 'backup.exportData', {});
    const json = Buffer.from(exported.base64, 'base64').toString('utf8');
    const target = await makeCore();
    await call(target.core, 'backup.importData', { json });
    expect(await call(target.core, 'inventory.get', { id: entry.id })).toMatchObject({ entryName: '会員情報', entrusteeIds: [entrustee.id] });
    expect((await call(target.core, 'entrustees.get', { id: entrustee.id })).checks).toHaveLength(1);
    expect((await call(target.core, 'inventory.incidentLinks', { incidentId: incident.id })).entries.map((e) => e.id)).toEqual([entry.id]);
  });
});
