import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countRows, rawConnection } from './db-helpers';
import { call, failure, makeCore, tempDir } from './helpers';

describe('settings', () => {
  it('defaults to Japanese and the OS user', async () => {
    const { core } = await makeCore({ osUser: 'yamada' });
    expect(await call(core, 'settings.get', {})).toEqual({ userName: '', language: 'ja', effectiveUser: 'yamada' });
  });

  it('saves the user name and language in the user-data folder, audits the change in the workspace, and keeps them', async () => {
    const dir = tempDir();
    const userDataDir = path.join(dir, 'ud');
    const { core, workspacePath } = await makeCore({ userDataDir, osUser: 'yamada' });
    const saved = await call(core, 'settings.update', { userName: '  鈴木 一郎 ', language: 'en' });
    expect(saved).toEqual({ userName: '鈴木 一郎', language: 'en', effectiveUser: '鈴木 一郎' });

    const file = path.join(userDataDir, 'preferences.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ userName: '鈴木 一郎', language: 'en' });
    // Written through a temporary file that was renamed: none is left behind.
    expect(fs.readdirSync(userDataDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The change itself is evidence: one audit row in the open workspace, by the name in effect before it.
    const raw = rawConnection(workspacePath, { readonly: true });
    expect(countRows(raw, 'audit_log')).toBe(1);
    expect(raw.prepare('SELECT actor, operation, entity, entity_id, before_json, after_json FROM audit_log').get()).toEqual({
      actor: 'yamada',
      operation: 'settings.update',
      entity: 'settings',
      entity_id: null,
      before_json: JSON.stringify({ userName: '', language: 'ja' }),
      after_json: JSON.stringify({ userName: '鈴木 一郎', language: 'en' }),
    });

    core.close();
    const { core: again } = await makeCore({ userDataDir, workspacePath: path.join(dir, 'other.sqlite'), osUser: 'yamada' });
    expect(await call(again, 'settings.get', {})).toEqual(saved);
  });

  it('audits each change of the operator name and language, and nothing for a save that changes nothing', async () => {
    const { core, workspacePath } = await makeCore({ osUser: 'yamada' });
    await call(core, 'settings.update', { userName: '佐藤', language: 'ja' });
    await call(core, 'settings.update', { userName: '佐藤', language: 'ja' });
    await call(core, 'settings.update', { userName: '田中', language: 'ja' });
    const rows = rawConnection(workspacePath, { readonly: true })
      .prepare("SELECT actor, json_extract(before_json, '$.userName') AS before, json_extract(after_json, '$.userName') AS after FROM audit_log ORDER BY id")
      .all();
    expect(rows).toEqual([
      { actor: 'yamada', before: '', after: '佐藤' },
      { actor: '佐藤', before: '佐藤', after: '田中' },
    ]);
    const trail = await call(core, 'audit.list', { entity: 'settings' });
    expect(trail.items[0]).toMatchObject({ actor: '佐藤', summary: { ja: '設定を変更' }, before: { userName: '佐藤' }, after: { userName: '田中' } });
  });

  it('goes back to the OS user when the name is cleared', async () => {
    const { core } = await makeCore({ osUser: 'yamada' });
    await call(core, 'settings.update', { userName: '鈴木', language: 'ja' });
    expect((await call(core, 'settings.update', { userName: '', language: 'ja' })).effectiveUser).toBe('yamada');
  });

  it('refuses an unknown language and a name that is too long, naming the field', async () => {
    const { core, userDataDir } = await makeCore();
    const language = await failure(core, 'settings.update', { userName: '', language: 'fr' });
    expect(language).toMatchObject({ code: 'validation', path: ['language'], message: { ja: '表示言語の選択肢が正しくありません。' } });
    const name = await failure(core, 'settings.update', { userName: 'x'.repeat(101), language: 'ja' });
    expect(name).toMatchObject({ path: ['userName'], message: { en: 'Shorten the operator name to 100 characters or fewer.' } });
    expect(fs.existsSync(path.join(userDataDir, 'preferences.json'))).toBe(false);
  });

  it('falls back to defaults when the preferences file is damaged', async () => {
    const dir = tempDir();
    const userDataDir = path.join(dir, 'ud');
    fs.mkdirSync(userDataDir);
    fs.writeFileSync(path.join(userDataDir, 'preferences.json'), '{"userName": 5, "language": "xx"}');
    const { core } = await makeCore({ userDataDir, osUser: 'yamada' });
    expect(await call(core, 'settings.get', {})).toEqual({ userName: '', language: 'ja', effectiveUser: 'yamada' });
  });
});
