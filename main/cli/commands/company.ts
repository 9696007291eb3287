import type { Company } from '../../../shared/domain/company';
import { exitCodes, type Command } from '../command';
import { badOption, parseOptions, requireOption } from '../options';
import { withWorkspace } from '../workspace';
import { allCompanies, namingOption } from './records';

/**
 * `company add|list --workspace W`: the companies (事業者) of a workspace. `add` goes through companies.create, as
 * the app's form does (validated, audited); a refusal names the option.
 */
const fieldOptions = { legalNameJa: '--name', legalNameEn: '--name-en', addressJa: '--address', representativeNameJa: '--representative' };

const summaryOf = (c: Company) => ({
  id: c.id,
  legalNameJa: c.legalNameJa,
  legalNameEn: c.legalNameEn,
  addressJa: c.addressJa,
  representativeNameJa: c.representativeNameJa,
  deskCount: c.deskCount,
});

const line = (c: Company) => `${String(c.id).padStart(4)}  ${c.legalNameJa}${c.legalNameEn ? ` (${c.legalNameEn})` : ''}`;

export const companyCommand: Command = {
  name: 'company',
  usage: 'company add|list --workspace W [--name NAME] [--name-en …] [--address …] [--representative …] [--json]',
  summary: { ja: '事業者を登録・一覧表示', en: 'Add or list the companies of a workspace' },
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action === 'list') {
      const options = parseOptions(rest, { workspace: { type: 'string' }, json: { type: 'boolean' } });
      const workspace = requireOption(options.workspace, '--workspace');
      const items = await withWorkspace(workspace, allCompanies);
      if (options.json) io.out(JSON.stringify({ items: items.map(summaryOf) }, null, 2));
      else io.out(items.length === 0 ? '事業者はありません / No companies' : items.map(line).join('\n'));
      return exitCodes.ok;
    }
    if (action !== 'add') {
      throw badOption('company', { ja: 'add か list を指定してください。', en: 'say add or list.' });
    }
    const options = parseOptions(rest, {
      workspace: { type: 'string' },
      name: { type: 'string' },
      'name-en': { type: 'string' },
      address: { type: 'string' },
      representative: { type: 'string' },
      json: { type: 'boolean' },
    });
    const workspace = requireOption(options.workspace, '--workspace');
    const name = requireOption(options.name, '--name');
    const created = await withWorkspace(workspace, (client) =>
      namingOption(fieldOptions, () =>
        client.invoke('companies.create', {
          legalNameJa: name,
          ...(options['name-en'] !== undefined ? { legalNameEn: options['name-en'] } : {}),
          ...(options.address !== undefined ? { addressJa: options.address } : {}),
          ...(options.representative !== undefined ? { representativeNameJa: options.representative } : {}),
        }),
      ),
    );
    io.out(options.json ? JSON.stringify(summaryOf(created), null, 2) : `事業者を登録しました / Added the company:\n${line(created)}`);
    return exitCodes.ok;
  },
};
