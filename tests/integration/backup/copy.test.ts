import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/index';
import { call, makeCore, sampleCompany, sampleDesk } from '../core/helpers';

/** "Save a copy" while the app runs: what sits in -wal is in the copy, and the copy is a whole, private workspace. */
describe('backup.saveCopy and backup.now', () => {
  it('copies every committed row, including those still in -wal, while writes keep coming', async () => {
    const { core, workspacePath, dir } = await makeCore();
    const company = await call(core, 'companies.create', sampleCompany());
    const written: number[] = [];
    const copies: Buffer[] = [];
    // Writes through the core interleaved with copies: each copy must hold every desk committed before it was asked.
    for (let round = 0; round < 12; round += 1) {
      const desk = await call(core, 'desks.create', sampleDesk(company.id, { nameJa: `窓口${round}` }));
      written.push(desk.id);
      if (round % 4 === 3) copies.push(Buffer.from((await call(core, 'backup.saveCopy', {})).base64, 'base64'));
    }
    // The writes are in -wal, not yet in the main file: a plain file copy would miss them.
    expect(fs.statSync(`${workspacePath}-wal`).size).toBeGreaterThan(0);
    const last = path.join(dir, 'copy.sqlite');
    fs.writeFileSync(last, copies.at(-1)!);
    const db = new Database(last, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      const ids = (db.prepare('SELECT id FROM desks ORDER BY id').pluck().all() as number[]);
      expect(ids).toEqual(written);
      // The audit trail came along, each write with its row.
      expect(db.prepare(`SELECT count(*) FROM audit_log WHERE operation = 'desks.create'`).pluck().get()).toBe(written.length);
    } finally {
      db.close();
    }
    // Each earlier copy holds exactly the desks committed before it.
    copies.forEach((bytes, index) => {
      const file = path.join(dir, `copy-${index}.sqlite`);
      fs.writeFileSync(file, bytes);
      const earlier = new Database(file, { readonly: true });
      expect(earlier.prepare('SELECT count(*) FROM desks').pluck().get()).toBe((index + 1) * 4);
      earlier.close();
    });
    // The copy opens as a workspace of its own, with the same id (it is this workspace, as it was).
    const reopened = await createCore({ workspacePath: last, userDataDir: path.join(dir, 'u2'), rememberWorkspace: false });
    try {
      expect(reopened.workspace().id).toBe(core.workspace().id);
      expect((await call(reopened, 'desks.list', { companyId: company.id })).items).toHaveLength(written.length);
    } finally {
      reopened.close();
    }
  });

  it('copies a consistent snapshot while another connection is writing in the same process', async () => {
    const { core, workspacePath, dir } = await makeCore();
    const company = await call(core, 'companies.create', sampleCompany());
    // A second program (a raw connection) commits rows between and during copies.
    const other = new Database(workspacePath);
    other.pragma('busy_timeout = 2000');
    const insert = other.prepare(`INSERT INTO workspace_meta (key, value) VALUES (?, ?)`);
    let committed = 0;
    const target = path.join(dir, 'now.sqlite');
    for (let round = 0; round < 20; round += 1) {
      insert.run(`probe-${round}`, String(round));
      committed += 1;
      const bytes = Buffer.from((await call(core, 'backup.saveCopy', {})).base64, 'base64');
      fs.writeFileSync(target, bytes);
      const copy = new Database(target, { readonly: true });
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
      expect(copy.prepare(`SELECT count(*) FROM workspace_meta WHERE key LIKE 'probe-%'`).pluck().get()).toBe(committed);
      expect(copy.prepare('SELECT count(*) FROM companies WHERE id = ?').pluck().get(company.id)).toBe(1);
      copy.close();
    }
    other.close();
  });

  it('writes rolling backups 0600 into <name>.backups beside the workspace and keeps the newest N', async () => {
    const { core, workspacePath, dir } = await makeCore();
    await call(core, 'companies.create', sampleCompany());
    await call(core, 'backup.configure', { automatic: true, keep: 3, folder: '' });
    for (let i = 0; i < 5; i += 1) await call(core, 'backup.now', {});
    const list = await call(core, 'backup.list', {});
    expect(list.folder).toBe(path.join(dir, 'workspace.backups'));
    const automatic = list.items.filter((item) => item.kind === 'automatic');
    expect(automatic).toHaveLength(3);
    expect(fs.readdirSync(list.folder).sort()).toEqual(automatic.map((item) => item.fileName).sort());
    // Newest first, and the two oldest were the ones deleted.
    expect([...automatic].sort((a, b) => (a.at < b.at ? 1 : -1))).toEqual(automatic);
    for (const item of automatic) {
      expect(fs.statSync(item.path).mode & 0o777).toBe(0o600);
      const db = new Database(item.path, { readonly: true });
      expect(db.prepare('SELECT count(*) FROM companies').pluck().get()).toBe(1);
      db.close();
    }
    expect(fs.existsSync(workspacePath)).toBe(true);
  });

  it('refuses a number to keep outside 1–100 and a missing folder, naming the field, and audits a change', async () => {
    const { core, dir } = await makeCore();
    const keep = await core.dispatch('backup.configure', { automatic: true, keep: 0, folder: '' }, core.workspace().id);
    expect(keep.ok ? null : keep.error.path).toEqual(['keep']);
    const folder = await core.dispatch('backup.configure', { automatic: true, keep: 5, folder: path.join(dir, 'nope') }, core.workspace().id);
    expect(folder.ok ? null : folder.error.path).toEqual(['folder']);
    expect(folder.ok ? '' : folder.error.message.ja).toContain('フォルダが見つかりません');
    const elsewhere = path.join(dir, 'vault');
    fs.mkdirSync(elsewhere);
    const changed = await call(core, 'backup.configure', { automatic: false, keep: 5, folder: elsewhere });
    expect(changed.settings).toEqual({ automatic: false, keep: 5, folder: elsewhere });
    expect(changed.folder.startsWith(path.join(elsewhere, 'workspace.'))).toBe(true);
    const audit = await call(core, 'audit.list', { entity: 'settings' });
    expect(audit.items.map((entry) => entry.operation)).toContain('backup.configure');
  });
});

describe('automatic backups (the app’s shells)', () => {
  it('writes one per day (here at close: each session is shorter than the delay), and none when turned off', async () => {
    const { core, workspacePath, userDataDir, dir } = await makeCore();
    await call(core, 'companies.create', sampleCompany());
    core.close();
    const folder = path.join(dir, 'workspace.backups');
    const open = async (at: string) => {
      const app = await createCore({ workspacePath, userDataDir, automaticBackups: true, now: () => new Date(at), rememberWorkspace: false });
      app.close();
      return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
    };
    expect(await open('2026-12-28T23:00:00.000Z')).toEqual(['workspace-20261228T230000000Z.sqlite']);
    // Opened again the same day: no second copy.
    expect(await open('2026-12-29T08:00:00.000Z')).toHaveLength(1);
    // A day later: one more.
    expect(await open('2026-12-29T23:30:00.000Z')).toEqual(['workspace-20261228T230000000Z.sqlite', 'workspace-20261229T233000000Z.sqlite']);
    // Without automaticBackups (the CLI, tests) nothing is written.
    const cli = await createCore({ workspacePath, userDataDir, now: () => new Date('2027-01-05T00:00:00.000Z'), rememberWorkspace: false });
    cli.close();
    expect(fs.readdirSync(folder)).toHaveLength(2);
    // Turned off in Settings: none at open or close either.
    const settings = await createCore({ workspacePath, userDataDir, now: () => new Date('2027-01-05T00:00:00.000Z'), rememberWorkspace: false });
    await call(settings, 'backup.configure', { automatic: false, keep: 10, folder: '' });
    settings.close();
    expect(await open('2027-01-06T00:00:00.000Z')).toHaveLength(2);
  });
});
