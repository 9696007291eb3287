import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PolicyDetail } from '../../../shared/domain/policy';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '../../../shared/domain/policy-import';
import { isAppError } from '../../../shared/errors';
import { compactForMatch } from '../../../shared/policy/text';
import type { Client } from '../../../shared/rpc/client';
import { exitCodes, type Command } from '../command';
import { badOption, parseOptions, requireOption } from '../options';
import { withWorkspace } from '../workspace';

/**
 * `import-policy FILE --workspace W [--company NAME] [--json]`: the same import as the app (policies.importPreview,
 * then policies.importSave with the sections as classified), for scripts that bring many existing policies in.
 * The file is checked for size before it is read, so a 20 MB file is refused without loading it.
 */
const valueOptions = new Set(['--workspace', '--company']);

/** The one positional argument (FILE), wherever it stands among the options. */
function splitFile(argv: string[]): { file: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let file: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (valueOptions.has(arg)) rest.push(arg, ...(index + 1 < argv.length ? [argv[++index]!] : []));
    else if (arg.startsWith('-') || file !== undefined) rest.push(arg);
    else file = arg;
  }
  return { file, rest };
}

function readPolicyFile(file: string): Buffer {
  const resolved = path.resolve(file);
  let size: number;
  try {
    size = statSync(resolved).size;
  } catch {
    throw badOption('FILE', { ja: `ファイルが見つかりません（${resolved}）。`, en: `no such file (${resolved}).` });
  }
  if (size > MAX_IMPORT_BYTES) {
    throw badOption('FILE', { ja: `大きすぎます。${MAX_IMPORT_MB}MBまでのファイルにしてください。`, en: `too large; use a file of at most ${MAX_IMPORT_MB} MB.` });
  }
  try {
    return readFileSync(resolved);
  } catch {
    throw badOption('FILE', { ja: `ファイルを読み込めません（${resolved}）。`, en: `cannot read the file (${resolved}).` });
  }
}

/** The company named by --company (legal name in Japanese or English), or the workspace's only company. */
async function allCompanies(client: Client) {
  const first = await client.invoke('companies.list', { limit: 500 });
  const items = [...first.items];
  while (items.length < first.total) {
    const page = await client.invoke('companies.list', { limit: 500, offset: items.length });
    if (page.items.length === 0) break;
    items.push(...page.items);
  }
  return items;
}

async function companyId(client: Client, workspace: string, name: string | undefined): Promise<number> {
  const items = await allCompanies(client);
  if (items.length === 0) {
    // Creating one silently would guess a legal name: say how instead.
    const hint = `appi-workbench company add --workspace ${workspace} --name ${name === undefined ? 'NAME' : JSON.stringify(name)}`;
    throw badOption('--company', {
      ja: `ワークスペースに事業者がありません。${hint} で登録してから取り込んでください。`,
      en: `the workspace has no company. Add it with ${hint}, then import.`,
    });
  }
  if (name === undefined) {
    if (items.length === 1) return items[0]!.id;
    const detail = {
      ja: `ワークスペースに事業者が${items.length}件あります。取り込む事業者を名前で指定してください。`,
      en: `the workspace has ${items.length} companies; name the one to import for.`,
    };
    throw badOption('--company', detail);
  }
  const wanted = compactForMatch(name);
  const matches = items.filter((c) => [c.legalNameJa, c.legalNameEn].some((legal) => legal !== '' && compactForMatch(legal) === wanted));
  if (matches.length === 1) return matches[0]!.id;
  const known = items.map((c) => c.legalNameJa).join('、');
  throw badOption('--company', {
    ja: matches.length === 0 ? `「${name}」という事業者はありません（登録済み：${known || 'なし'}）。` : `「${name}」という事業者が複数あります。`,
    en: matches.length === 0 ? `no company is named "${name}" (known: ${known || 'none'}).` : `several companies are named "${name}".`,
  });
}

async function importFile(client: Client, workspace: string, file: string, bytes: Buffer, company: string | undefined): Promise<PolicyDetail> {
  const companyIdValue = await companyId(client, workspace, company);
  try {
    const preview = await client.invoke('policies.importPreview', { fileName: path.basename(file), fileBase64: bytes.toString('base64') });
    return await client.invoke('policies.importSave', {
      companyId: companyIdValue,
      policyKind: preview.suggestedKind,
      titleJa: preview.suggestedTitle.ja,
      titleEn: preview.suggestedTitle.en,
      sections: preview.sections.map((imported) => imported.section),
    });
  } catch (error) {
    // A refusal of the file's content (empty, binary, not a .docx, a section too long) names FILE, as the form names the file field.
    if (isAppError(error) && error.code === 'validation' && ['fileBase64', 'sections'].includes(String(error.path[0]))) {
      throw badOption('FILE', error.text);
    }
    throw error;
  }
}

const firstOf = (ja: string, en: string) => (ja !== '' ? ja : en);

export const importPolicyCommand: Command = {
  name: 'import-policy',
  usage: 'import-policy FILE --workspace W [--company NAME] [--json]',
  summary: {
    ja: '既存のポリシー（.txt・.md・.docx）を条項に分けて下書きとして取り込む',
    en: 'Import an existing policy (.txt, .md, .docx), split into sections, as a draft',
  },
  async run(argv, io) {
    const { file, rest } = splitFile(argv);
    const options = parseOptions(rest, { workspace: { type: 'string' }, company: { type: 'string' }, json: { type: 'boolean' } });
    const workspace = requireOption(options.workspace, '--workspace');
    if (file === undefined) throw badOption('FILE', { ja: '取り込むファイルを指定してください。', en: 'name the file to import.' });
    const bytes = readPolicyFile(file);
    if (!existsSync(path.resolve(workspace))) {
      // A missing workspace is never created as a side effect of an import: say how to set one up.
      const hint = `appi-workbench init --workspace ${workspace} --company ${options.company === undefined ? 'NAME' : JSON.stringify(options.company)}`;
      throw badOption('--workspace', {
        ja: `ワークスペースがありません（${path.resolve(workspace)}）。${hint} で作成してください。`,
        en: `no workspace at ${path.resolve(workspace)}. Create it with ${hint}.`,
      });
    }
    const policy = await withWorkspace(workspace, (client) => importFile(client, workspace, file, bytes, options.company));
    const sections = policy.current.sections.map((s) => ({ kind: s.kind, heading: firstOf(s.headingJa, s.headingEn), body: firstOf(s.bodyJa, s.bodyEn) }));
    if (options.json) io.out(JSON.stringify({ policyId: policy.id, sections }, null, 2));
    else {
      io.out(`ポリシー / Policy: ${policy.id} ${firstOf(policy.titleJa, policy.titleEn)}（${policy.companyName}）`);
      sections.forEach((s, index) => io.out(`  ${String(index + 1).padStart(2)}. [${s.kind}] ${s.heading || s.body.split('\n')[0]}`));
    }
    return exitCodes.ok;
  },
};
