import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { WorkspaceInfo } from '../../../shared/contract/workspace';
import { LATEST_VERSION } from '../../../main/core/store/migrations';
import { call, failure, makeCore, sampleCompany, steppingClock } from './helpers';

describe('workspace.create and workspace.open', () => {
  it('creates a new workspace, switches to it, and tells the host', async () => {
    const changed = vi.fn<(info: WorkspaceInfo) => void>();
    const { core, dir } = await makeCore({ host: { onWorkspaceChanged: changed } });
    await call(core, 'companies.create', sampleCompany({ legalNameJa: '最初の会社' }));

    const file = path.join(dir, 'client-b.sqlite');
    const info = await call(core, 'workspace.create', { path: file });
    expect(info).toMatchObject({ path: file, name: 'client-b', schemaVersion: LATEST_VERSION, backups: [] });
    expect(core.workspace()).toEqual(info);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledWith(info);
    // The new workspace is empty: data belongs to a workspace.
    expect((await call(core, 'companies.list', {})).total).toBe(0);
  });

  it('switches back and forth, each workspace keeping its own data', async () => {
    const { core, workspacePath, dir } = await makeCore();
    await call(core, 'companies.create', sampleCompany({ legalNameJa: 'A の会社' }));
    const other = path.join(dir, 'other.sqlite');
    await call(core, 'workspace.create', { path: other });
    await call(core, 'companies.create', sampleCompany({ legalNameJa: 'B の会社' }));

    await call(core, 'workspace.open', { path: workspacePath });
    expect((await call(core, 'companies.list', {})).items.map((c) => c.legalNameJa)).toEqual(['A の会社']);
    await call(core, 'workspace.open', { path: other });
    expect((await call(core, 'companies.list', {})).items.map((c) => c.legalNameJa)).toEqual(['B の会社']);
    // Writes go to the workspace that is current now, and so does their audit trail.
    expect((await call(core, 'audit.list', {})).items.map((e) => e.after)).toEqual([expect.objectContaining({ legalNameJa: 'B の会社' })]);
  });

  it('refuses to create over an existing file, naming the path field, and keeps it', async () => {
    const { core, dir, workspacePath } = await makeCore();
    const existing = path.join(dir, 'exists.sqlite');
    fs.writeFileSync(existing, 'keep me');
    const error = await failure(core, 'workspace.create', { path: existing });
    expect(error).toMatchObject({ code: 'conflict', path: ['path'] });
    expect(error.message.ja).toContain('上書きはしません');
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');
    expect(core.workspace().path).toBe(workspacePath);
  });

  it('requires the .sqlite extension for a new workspace', async () => {
    const { core, dir } = await makeCore();
    const error = await failure(core, 'workspace.create', { path: path.join(dir, 'notes.txt') });
    expect(error).toMatchObject({ code: 'validation', path: ['path'] });
    expect(error.message.en).toBe('Give the workspace file a name ending in .sqlite.');
    expect(fs.existsSync(path.join(dir, 'notes.txt'))).toBe(false);
  });

  it('refuses to create in a folder that does not exist', async () => {
    const { core, dir } = await makeCore();
    const error = await failure(core, 'workspace.create', { path: path.join(dir, 'missing', 'x.sqlite') });
    expect(error).toMatchObject({ code: 'not_found', path: ['path'] });
    expect(fs.existsSync(path.join(dir, 'missing'))).toBe(false);
  });

  it('answers not_found for opening a missing file and does not create it', async () => {
    const { core, dir, workspacePath } = await makeCore();
    const missing = path.join(dir, 'nope.sqlite');
    const error = await failure(core, 'workspace.open', { path: missing });
    expect(error).toMatchObject({ code: 'not_found', path: ['path'] });
    expect(fs.existsSync(missing)).toBe(false);
    expect(core.workspace().path).toBe(workspacePath);
  });

  it('runs concurrent switches one after the other', async () => {
    const { core, dir } = await makeCore();
    const files = ['p.sqlite', 'q.sqlite', 'r.sqlite'].map((name) => path.join(dir, name));
    const results = await Promise.all(files.map((file) => core.dispatch('workspace.create', { path: file }, core.workspace().id)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(core.workspace().path).toBe(files[2]);
  });
});

describe('the recent-workspaces list', () => {
  it('lists opened workspaces newest first, once each, and marks missing files', async () => {
    const { core, dir, workspacePath } = await makeCore();
    const b = path.join(dir, 'b.sqlite');
    const c = path.join(dir, 'c.sqlite');
    await call(core, 'workspace.create', { path: b });
    await call(core, 'workspace.create', { path: c });
    await call(core, 'workspace.open', { path: workspacePath });

    let recent = (await call(core, 'workspace.recent', {})).items;
    expect(recent.map((r) => r.path)).toEqual([workspacePath, c, b]);
    expect(recent.map((r) => r.name)).toEqual(['workspace', 'c', 'b']);
    expect(recent.every((r) => r.exists)).toBe(true);
    expect(recent[0]!.openedAt > recent[1]!.openedAt).toBe(true);

    core.close();
    fs.rmSync(c);
    const { core: later } = await makeCore({ workspacePath, userDataDir: path.join(dir, 'userdata'), now: steppingClock('2025-05-01T00:00:00.000Z') });
    recent = (await call(later, 'workspace.recent', {})).items;
    expect(recent.map((r) => [path.basename(r.path), r.exists])).toEqual([
      ['workspace.sqlite', true],
      ['c.sqlite', false],
      ['b.sqlite', true],
    ]);
  });

  it('keeps at most ten', async () => {
    const { core, dir } = await makeCore();
    const files = Array.from({ length: 12 }, (_, i) => path.join(dir, `w${i}.sqlite`));
    for (const file of files) await call(core, 'workspace.create', { path: file });
    const recent = (await call(core, 'workspace.recent', {})).items;
    expect(recent.map((r) => r.path)).toEqual(files.slice(2).reverse());
  });

  it('survives a damaged list file', async () => {
    const { core, userDataDir, workspacePath } = await makeCore();
    fs.writeFileSync(path.join(userDataDir, 'recent-workspaces.json'), '{"items": [broken');
    expect((await call(core, 'workspace.recent', {})).items).toEqual([]);
    await call(core, 'workspace.open', { path: workspacePath });
    expect((await call(core, 'workspace.recent', {})).items.map((r) => r.path)).toEqual([workspacePath]);
  });
});

describe('workspace.choosePath', () => {
  it('asks the host for a native dialog when it has one', async () => {
    const chooseWorkspacePath = vi.fn(async (mode: 'open' | 'create') => (mode === 'open' ? '/picked/a.sqlite' : null));
    const { core } = await makeCore({ host: { chooseWorkspacePath } });
    expect(await call(core, 'workspace.choosePath', { mode: 'open' })).toEqual({ supported: true, path: '/picked/a.sqlite' });
    expect(await call(core, 'workspace.choosePath', { mode: 'create' })).toEqual({ supported: true, path: null });
    expect(chooseWorkspacePath.mock.calls).toEqual([['open'], ['create']]);
  });

  it('answers unsupported without a host dialog (browser mode, CLI)', async () => {
    const { core } = await makeCore();
    expect(await call(core, 'workspace.choosePath', { mode: 'create' })).toEqual({ supported: false, path: null });
  });
});

describe('workspace.info', () => {
  it('reports the path, name, schema version and size of the current workspace', async () => {
    const { core, workspacePath } = await makeCore();
    const info = await call(core, 'workspace.info', {});
    expect(info).toMatchObject({ path: workspacePath, name: 'workspace', schemaVersion: LATEST_VERSION, backups: [] });
    expect(info.sizeBytes).toBeGreaterThanOrEqual(fs.statSync(workspacePath).size);
  });
});
