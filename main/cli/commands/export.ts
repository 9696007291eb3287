import path from 'node:path';
import { exportFormats, exportLangs, incidentDocuments, registerFormats, registerKinds, type ExportResult, type RegisterKind } from '../../../shared/contract/exports';
import { japanDateOf } from '../../../shared/appi/japan-time';
import type { Client } from '../../../shared/rpc/client';
import { cliNow } from '../clock';
import { exitCodes, type Command, type CommandIO } from '../command';
import { companyIdOf, exportAll } from '../export/batch';
import { ensureWritableDir, resolveTarget, writeAtomically } from '../export/files';
import { badOption, parseOptions, requireOption } from '../options';
import { withWorkspace } from '../workspace';

/**
 * `appi-workbench export policy|incident|timing …` writes one document; `export --all --company NAME --out DIR`
 * writes every current document of a company. The core renders (exports.* operations); this shell only checks the
 * target, writes the file atomically and says which characters the PDF fonts could not draw.
 */
const kinds = ['policy', 'incident', 'timing', ...registerKinds] as const;
type Kind = (typeof kinds)[number];

function isRegister(kind: Kind): kind is RegisterKind {
  return (registerKinds as readonly string[]).includes(kind);
}

const optionSpec = {
  workspace: { type: 'string' },
  id: { type: 'string' },
  /** A sent 速報/確報: export it as filed (its notification's id). */
  notification: { type: 'string' },
  document: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  company: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  layout: { type: 'string' },
  era: { type: 'boolean' },
  /** Policies: the contents page, auto (only for a long policy) | always | never. */
  contents: { type: 'string' },
  /** Policies, Word: article numbers from Word's own numbering (an article inserted in Word renumbers the rest). */
  'word-numbering': { type: 'boolean' },
  all: { type: 'boolean' },
  out: { type: 'string' },
} as const;

function choice<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.join(' | ');
  throw badOption(option, { ja: `${list} のいずれかを指定してください。`, en: `use one of ${list}.` });
}

function idOf(value: string | undefined, option = '--id'): number {
  const text = requireOption(value, option);
  if (!/^[1-9]\d{0,15}$/.test(text)) throw badOption(option, { ja: '1以上の整数を指定してください。', en: 'use a whole number of 1 or more.' });
  return Number(text);
}

function replacedNote(chars: readonly string[], io: CommandIO): void {
  if (chars.length === 0) return;
  const list = chars.join(' ');
  io.err(`注意：フォントにない文字を〓（英語の部分は□）に置き換えました：${list}\nNote: characters the PDF fonts cannot draw were replaced by 〓 / □: ${list}`);
}

/** What the core says the user must know about the document (a draft of a non-reportable case, unknown items …). */
function warningsNote(warnings: ExportResult['warnings'], io: CommandIO): void {
  for (const warning of warnings ?? []) io.err(`警告：${warning.ja}\nWarning: ${warning.en}`);
}

type Options = ReturnType<typeof parseOptions<typeof optionSpec>>;

async function exportOne(client: Client, kind: Kind, options: Options): Promise<ExportResult> {
  if (isRegister(kind)) {
    // A register is a company's whole table: its auditors ask for the sheet first, so xlsx is the default.
    return client.invoke('exports.register', {
      register: kind,
      companyId: await companyIdOf(client, requireOption(options.company, '--company')),
      format: choice(options.format, registerFormats, '--format', 'xlsx'),
      lang: choice(options.lang, exportLangs, '--lang', 'ja'),
      era: options.era === true,
    });
  }
  const format = choice(options.format, exportFormats, '--format', 'pdf');
  const lang = choice(options.lang, exportLangs, '--lang', 'ja');
  const era = options.era === true;
  switch (kind) {
    case 'incident':
      return client.invoke('exports.incident', {
        incidentId: idOf(options.id),
        document: choice(options.document, incidentDocuments, '--document'),
        format,
        lang,
        era,
        ...(options.notification !== undefined ? { notificationId: idOf(options.notification, '--notification') } : {}),
      });
    case 'policy':
      return client.invoke('exports.policy', {
        policyId: idOf(options.id),
        format,
        lang,
        era,
        layout: choice(options.layout, ['sequential', 'columns'] as const, '--layout', 'sequential'),
        contents: choice(options.contents, ['auto', 'always', 'never'] as const, '--contents', 'auto'),
        wordNumbering: options['word-numbering'] === true,
      });
    case 'timing': {
      const company = options.company?.trim();
      const companyId = company ? await companyIdOf(client, company) : undefined;
      // Without a period: this year so far, on the clock (APPI_WORKBENCH_CLOCK moves it), as the app's dialog offers.
      const today = japanDateOf(cliNow());
      return client.invoke('exports.timing', {
        from: options.from ?? `${today.slice(0, 4)}-01-01`,
        to: options.to ?? today,
        ...(companyId !== undefined ? { companyId } : {}),
        format,
        lang,
        era,
      });
    }
  }
}

export const exportCommand: Command = {
  name: 'export',
  usage: 'export policy|incident|timing|inventory|entrustees|requests|provisions|--all --workspace W --out PATH …',
  summary: {
    ja: 'ポリシー・インシデントの文書・期限遵守状況をWord/PDFに、台帳（個人情報管理台帳・委託先・請求・第三者提供記録）をExcel/Word/PDFに書き出す（--allで事業者の全文書）',
    en: 'Export a policy, an incident document or the timing report as Word or PDF, or a register (inventory, entrustees, requests, provisions) as Excel, Word or PDF (--all: every document of a company)',
  },
  async run(argv, io) {
    const first = argv[0];
    const kind = first !== undefined && !first.startsWith('-') ? first : undefined;
    const options = parseOptions(kind ? argv.slice(1) : argv, optionSpec);
    const workspace = requireOption(options.workspace, '--workspace');
    const out = requireOption(options.out, '--out');
    if (options.all) {
      if (kind) throw badOption('--all', { ja: '--all には書き出す文書の種類を付けません。', en: 'do not combine --all with the kind of document.' });
      const company = requireOption(options.company, '--company');
      const dir = ensureWritableDir(out, true);
      const batch = {
        format: choice(options.format, exportFormats, '--format', 'pdf'),
        lang: choice(options.lang, exportLangs, '--lang', 'ja'),
        era: options.era === true,
      };
      const { written, replaced } = await withWorkspace(workspace, (client) => exportAll(client, company, dir, batch, io));
      io.out(written.join('\n'));
      io.err(`${written.length}件のファイルを書き出しました（${dir}）。\nWrote ${written.length} files to ${dir}.`);
      replacedNote(replaced, io);
      return exitCodes.ok;
    }
    const which = choice(kind, kinds, kinds.join('|'));
    // The folder is checked before the export is rendered, so a bad --out fails at once.
    const target = resolveTarget(out);
    const result = await withWorkspace(workspace, (client) => exportOne(client, which, options));
    const file = target.file ?? path.join(target.dir, result.fileName);
    writeAtomically(file, Buffer.from(result.base64, 'base64'));
    io.out(file);
    replacedNote(result.replacedCharacters, io);
    warningsNote(result.warnings, io);
    return exitCodes.ok;
  },
};
