import type { Desk } from '../../../shared/domain/desk';
import type { Client } from '../../../shared/rpc/client';
import { exitCodes, type Command } from '../command';
import { badOption, parseOptions, requireOption } from '../options';
import { withWorkspace } from '../workspace';
import { companyNamed, namingOption } from './records';

/**
 * `desk add|list --workspace W`: complaint desks (苦情・相談窓口). `add --company NAME --name NAME [--phone …]
 * [--email …] [--hours 09:00-17:30]` goes through desks.create as the app's form does; a refusal names the option.
 * `--phone` may be given up to ten times.
 */
const fieldOptions = { companyId: '--company', nameJa: '--name', phones: '--phone', email: '--email', hoursFrom: '--hours', hoursTo: '--hours' };

function parseHours(value: string | undefined): { hoursFrom?: string; hoursTo?: string } {
  if (value === undefined) return {};
  const match = /^\s*(\d{1,2}:\d{2})\s*[-–〜~]\s*(\d{1,2}:\d{2})\s*$/.exec(value);
  if (!match) {
    throw badOption('--hours', { ja: '受付時間は 09:00-17:30 のように指定してください。', en: 'give the hours as 09:00-17:30.' });
  }
  const pad = (time: string) => time.padStart(5, '0');
  return { hoursFrom: pad(match[1]!), hoursTo: pad(match[2]!) };
}

const summaryOf = (d: Desk) => ({
  id: d.id,
  companyId: d.companyId,
  companyName: d.companyName,
  nameJa: d.nameJa,
  phones: d.phones.map((phone) => phone.number),
  email: d.email,
  hours: d.hoursFrom && d.hoursTo ? `${d.hoursFrom}-${d.hoursTo}` : '',
});

const line = (d: Desk) =>
  `${String(d.id).padStart(4)}  ${d.nameJa}（${d.companyName}）${d.phones.length ? `  ${d.phones.map((p) => p.number).join(', ')}` : ''}${d.email ? `  ${d.email}` : ''}`;

async function allDesks(client: Client, companyId: number | undefined): Promise<Desk[]> {
  const filter = companyId === undefined ? {} : { companyId };
  const first = await client.invoke('desks.list', { limit: 500, ...filter });
  const items = [...first.items];
  while (items.length < first.total) {
    const page = await client.invoke('desks.list', { limit: 500, offset: items.length, ...filter });
    if (page.items.length === 0) break;
    items.push(...page.items);
  }
  return items;
}

export const deskCommand: Command = {
  name: 'desk',
  usage: 'desk add|list --workspace W [--company NAME] [--name NAME] [--phone …] [--email …] [--hours 09:00-17:30] [--json]',
  summary: { ja: '苦情・相談窓口を登録・一覧表示', en: 'Add or list complaint desks' },
  async run(argv, io) {
    const [action, ...rest] = argv;
    if (action === 'list') {
      const options = parseOptions(rest, { workspace: { type: 'string' }, company: { type: 'string' }, json: { type: 'boolean' } });
      const workspace = requireOption(options.workspace, '--workspace');
      const items = await withWorkspace(workspace, async (client) => {
        const company = options.company === undefined ? undefined : await companyNamed(client, options.company);
        return allDesks(client, company?.id);
      });
      if (options.json) io.out(JSON.stringify({ items: items.map(summaryOf) }, null, 2));
      else io.out(items.length === 0 ? '窓口はありません / No desks' : items.map(line).join('\n'));
      return exitCodes.ok;
    }
    if (action !== 'add') throw badOption('desk', { ja: 'add か list を指定してください。', en: 'say add or list.' });
    const options = parseOptions(rest, {
      workspace: { type: 'string' },
      company: { type: 'string' },
      name: { type: 'string' },
      phone: { type: 'string', multiple: true },
      email: { type: 'string' },
      hours: { type: 'string' },
      json: { type: 'boolean' },
    });
    const workspace = requireOption(options.workspace, '--workspace');
    const companyName = requireOption(options.company, '--company');
    const name = requireOption(options.name, '--name');
    const hours = parseHours(options.hours);
    const created = await withWorkspace(workspace, async (client) => {
      const company = await companyNamed(client, companyName);
      return namingOption(fieldOptions, () =>
        client.invoke('desks.create', {
          companyId: company.id,
          kind: 'own',
          nameJa: name,
          phones: (options.phone ?? []).map((number) => ({ label: '', number })),
          ...(options.email !== undefined ? { email: options.email } : {}),
          ...hours,
        }),
      );
    });
    io.out(options.json ? JSON.stringify(summaryOf(created), null, 2) : `窓口を登録しました / Added the desk:\n${line(created)}`);
    return exitCodes.ok;
  },
};
