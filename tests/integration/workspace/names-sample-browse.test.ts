import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePath } from '../../../main/core/workspace/sample';
import { call, failure, makeCore, sampleCompany, sampleDesk } from '../core/helpers';

describe('workspace display name and client label (issue 13 item 9)', () => {
  it('keeps them in the file with an audit row, and shows them in info and the recent list', async () => {
    const { core, workspacePath, dir, userDataDir } = await makeCore();
    const info = await call(core, 'workspace.rename', { displayName: ' 2026年度 ', clientLabel: 'アクメ社' });
    expect(info).toMatchObject({ displayName: '2026年度', clientLabel: 'アクメ社', sample: false, name: 'workspace' });
    const audit = (await call(core, 'audit.list', {})).items;
    expect(audit[0]).toMatchObject({ operation: 'workspace.rename', entity: 'workspace', after: { displayName: '2026年度', clientLabel: 'アクメ社' } });
    expect((await call(core, 'workspace.recent', {})).items[0]).toMatchObject({ path: workspacePath, displayName: '2026年度', clientLabel: 'アクメ社' });

    // Another workspace, created with its names; the first one keeps its own in the list.
    const other = path.join(dir, 'beta.sqlite');
    const created = await call(core, 'workspace.create', { path: other, displayName: '第1期', clientLabel: 'ベータ社' });
    expect(created).toMatchObject({ path: other, displayName: '第1期', clientLabel: 'ベータ社' });
    const recent = (await call(core, 'workspace.recent', {})).items;
    expect(recent.map((r) => [r.path, r.clientLabel, r.displayName])).toEqual([
      [other, 'ベータ社', '第1期'],
      [workspacePath, 'アクメ社', '2026年度'],
    ]);
    // The names live in the file: a core that never saw the recent list reads them from it.
    core.close();
    const { core: again } = await makeCore({ workspacePath: other, userDataDir: path.join(userDataDir, 'fresh') });
    expect(again.workspace()).toMatchObject({ displayName: '第1期', clientLabel: 'ベータ社' });
    expect((await call(again, 'audit.verify', {})).ok).toBe(true);
  });

  it('refuses a control character or an over-long name with the field named, and writes nothing', async () => {
    const { core } = await makeCore();
    const refused = await failure(core, 'workspace.rename', { displayName: 'a\u202Eb', clientLabel: '' });
    expect(refused.code).toBe('validation');
    expect(refused.issues?.[0]?.path).toEqual(['displayName']);
    expect(refused.message.ja).toContain('ワークスペースの表示名');
    const long = await failure(core, 'workspace.rename', { displayName: '', clientLabel: 'x'.repeat(101) });
    expect(long.issues?.[0]?.path).toEqual(['clientLabel']);
    expect(long.message.en).toContain('client label');
    expect((await call(core, 'audit.list', {})).items).toHaveLength(0);
    expect(core.workspace()).toMatchObject({ displayName: '', clientLabel: '' });
  });
});

describe('the sample workspace (issue 13 item 1)', () => {
  it('is a separate, seeded, verifiable file, marked as the sample and kept off the recent list', async () => {
    const { core, workspacePath, userDataDir } = await makeCore();
    await call(core, 'companies.create', sampleCompany({ legalNameJa: '本物の会社' }));
    const sample = await call(core, 'workspace.openSample', {});
    expect(sample.path).toBe(samplePath(userDataDir));
    expect(sample.sample).toBe(true);
    expect(path.dirname(sample.path)).not.toBe(path.dirname(workspacePath));
    const companies = (await call(core, 'companies.list', {})).items.map((c) => c.legalNameJa);
    expect(companies).toEqual(['株式会社サンプル商事（サンプル）']);
    expect(await call(core, 'workspace.progress', {})).toEqual({ companies: 1, desks: 1, policies: 1, publishedPolicies: 1, incidents: 1 });
    expect((await call(core, 'audit.verify', {})).ok).toBe(true);
    expect((await call(core, 'workspace.recent', {})).items.map((r) => r.path)).toEqual([workspacePath]);

    // Back to the user's own workspace: untouched by the sample.
    await call(core, 'workspace.open', { path: workspacePath });
    expect((await call(core, 'companies.list', {})).items.map((c) => c.legalNameJa)).toEqual(['本物の会社']);
    expect(core.workspace().sample).toBe(false);
    // A second visit opens the same sample, with what the user explored in it.
    const again = await call(core, 'workspace.openSample', {});
    expect(again.id).toBe(sample.id);
  });

  it('refuses a file at the sample path that is not the sample, leaving it unchanged', async () => {
    const { core, dir, userDataDir } = await makeCore();
    const stranger = path.join(dir, 'stranger.sqlite');
    await call(core, 'workspace.create', { path: stranger });
    await call(core, 'companies.create', sampleCompany());
    const target = samplePath(userDataDir);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    core.close();
    fs.copyFileSync(stranger, target);
    const before = fs.readFileSync(target);
    const { core: next } = await makeCore({ workspacePath: stranger, userDataDir });
    const refused = await failure(next, 'workspace.openSample', {});
    expect(refused.code).toBe('conflict');
    expect(fs.readFileSync(target).equals(before)).toBe(true);
    expect(next.workspace().path).toBe(stranger);
  });
});

describe('workspace.progress', () => {
  it('counts what each start-page step makes; a draft policy is not yet a published one', async () => {
    const { core } = await makeCore();
    expect(await call(core, 'workspace.progress', {})).toEqual({ companies: 0, desks: 0, policies: 0, publishedPolicies: 0, incidents: 0 });
    const company = await call(core, 'companies.create', sampleCompany());
    await call(core, 'desks.create', sampleDesk(company.id));
    await call(core, 'policies.create', { companyId: company.id, templateId: 'saas_app' });
    expect(await call(core, 'workspace.progress', {})).toEqual({ companies: 1, desks: 1, policies: 1, publishedPolicies: 0, incidents: 0 });
  });
});

describe('workspace.browse (browser mode picker)', () => {
  it('lists folders and workspace files, not backups, hidden files or other files; names from the recent list', async () => {
    const { core, dir, workspacePath } = await makeCore();
    await call(core, 'workspace.rename', { displayName: '本番', clientLabel: 'アクメ社' });
    fs.mkdirSync(path.join(dir, 'clients'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    fs.writeFileSync(path.join(dir, '.hidden.sqlite'), 'x');
    fs.writeFileSync(path.join(dir, 'workspace.sqlite.backup-v3-20260101T000000Z.sqlite'), 'x');
    const listing = await call(core, 'workspace.browse', {});
    expect(listing.dir).toBe(dir);
    expect(listing.parent).toBe(path.dirname(dir));
    const shown = listing.entries.map((e) => [e.kind, e.name]);
    expect(shown).toContainEqual(['folder', 'clients']);
    expect(shown).toContainEqual(['workspace', 'workspace.sqlite']);
    expect(shown.find(([, name]) => name === 'notes.txt' || name === '.hidden.sqlite' || String(name).includes('backup-v'))).toBeUndefined();
    // Folders first.
    expect(listing.entries[0]!.kind).toBe('folder');
    expect(listing.entries.find((e) => e.path === workspacePath)).toMatchObject({ displayName: '本番', clientLabel: 'アクメ社' });
    const sub = await call(core, 'workspace.browse', { dir: path.join(dir, 'clients') });
    expect(sub.entries).toEqual([]);
    const missing = await failure(core, 'workspace.browse', { dir: path.join(dir, 'nowhere') });
    expect(missing.path).toEqual(['dir']);
  });
});
