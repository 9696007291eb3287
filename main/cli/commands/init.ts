import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createCore, defaultUserDataDir } from '../../core/index';
import { cliClock } from '../clock';
import { exitCodes, type Command } from '../command';
import { badOption, parseOptions, requireOption } from '../options';
import { withWorkspace } from '../workspace';
import { namingOption } from './records';

/**
 * `init --workspace W [--company NAME] [--json]`: a new client's workspace, and its first company, for scripts that
 * set a client up from nothing. It never touches an existing file. The company goes through companies.create like the
 * app's form (validated, audited); if it is refused, the new file is removed again, so bad input leaves nothing.
 */
function removeCreated(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

export const initCommand: Command = {
  name: 'init',
  usage: 'init --workspace W [--company NAME] [--json]',
  summary: { ja: '新しいワークスペースを作成（事業者を1件登録することもできます）', en: 'Create a new workspace (optionally with its first company)' },
  async run(argv, io) {
    const options = parseOptions(argv, { workspace: { type: 'string' }, company: { type: 'string' }, json: { type: 'boolean' } });
    const workspace = path.resolve(requireOption(options.workspace, '--workspace'));
    if (options.company !== undefined) requireOption(options.company, '--company');
    if (existsSync(workspace)) {
      throw badOption('--workspace', {
        ja: `ファイルがすでにあります（${workspace}）。上書きはしません。事業者を加えるには appi-workbench company add --workspace ${workspace} --name NAME を使ってください。`,
        en: `a file already exists (${workspace}); it is not overwritten. To add a company, use appi-workbench company add --workspace ${workspace} --name NAME.`,
      });
    }
    // The new file's first audit entries are dated by the app's clock, as every other write of the CLI.
    const now = cliClock();
    const core = await createCore({ workspacePath: workspace, userDataDir: defaultUserDataDir(), rememberWorkspace: false, ...(now ? { now } : {}) });
    const info = core.workspace();
    core.close();
    let company: { id: number; legalNameJa: string } | null = null;
    if (options.company !== undefined) {
      const name = options.company;
      try {
        company = await withWorkspace(workspace, (client) =>
          namingOption({ legalNameJa: '--company' }, () => client.invoke('companies.create', { legalNameJa: name })),
        );
      } catch (error) {
        removeCreated(workspace);
        throw error;
      }
    }
    const result = { workspace: info.path, schemaVersion: info.schemaVersion, company: company && { id: company.id, legalNameJa: company.legalNameJa } };
    if (options.json) io.out(JSON.stringify(result, null, 2));
    else {
      io.out(`ワークスペースを作成しました / Created the workspace: ${info.path}`);
      if (company) io.out(`事業者 / Company: ${company.id} ${company.legalNameJa}`);
    }
    return exitCodes.ok;
  },
};
