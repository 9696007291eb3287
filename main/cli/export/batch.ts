import path from 'node:path';
import { registerKinds, type ExportResult, type IncidentDocument } from '../../../shared/contract/exports';
import { AppError } from '../../../shared/errors';
import type { Client } from '../../../shared/rpc/client';
import type { CommandIO } from '../command';
import { badOption } from '../options';
import { uniqueName, writeAtomically } from './files';
import { progress } from './progress';

/**
 * `export --all --company NAME --out DIR`: every current document of one company — each incident's internal
 * summary, its PPC report when it is reportable (the 確報 once a 速報 was sent, else the 速報), and each policy in
 * the version in force, and each register (inventory, entrustees, requests, provisions) as .xlsx and in the batch's
 * format — written one by one into DIR, with progress on stderr.
 */
export interface BatchOptions {
  format: 'pdf' | 'docx';
  lang: 'ja' | 'en' | 'both';
  era: boolean;
}

interface Job {
  label: string;
  run(): Promise<ExportResult>;
  /** Skipped when the core says its kind cannot be exported yet. */
  optional?: boolean;
}

const PAGE = 500;

/** The one company whose Japanese or English legal name is exactly `name`. */
export async function companyIdOf(client: Client, name: string): Promise<number> {
  const wanted = name.trim();
  const found = (await client.invoke('companies.list', { query: wanted, limit: PAGE })).items.filter(
    (company) => company.legalNameJa === wanted || company.legalNameEn === wanted,
  );
  if (found.length === 1) return found[0]!.id;
  throw badOption('--company', {
    ja: found.length === 0 ? `この名前の事業者はありません（${wanted}）。` : `この名前の事業者が${found.length}件あります（${wanted}）。`,
    en: found.length === 0 ? `no company has this name (${wanted}).` : `${found.length} companies have this name (${wanted}).`,
  });
}

async function incidentJobs(client: Client, companyId: number, options: BatchOptions): Promise<Job[]> {
  const jobs: Job[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await client.invoke('incidents.list', { companyId, sort: 'knownAt', limit: PAGE, offset });
    for (const incident of page.items) {
      const one = (document: IncidentDocument): Job => ({
        label: `${incident.title} (${document})`,
        run: () => client.invoke('exports.incident', { incidentId: incident.id, document, ...options }),
      });
      jobs.push(one('summary'));
      if (incident.reportable === 'yes') {
        const notifications = (await client.invoke('notifications.list', { incidentId: incident.id })).items;
        const preliminarySent = notifications.some((n) => n.notificationKind === 'ppc_preliminary' && n.sentAt !== null);
        jobs.push(one(preliminarySent ? 'ppc_final' : 'ppc_preliminary'));
      }
    }
    if (offset + page.items.length >= page.total || page.items.length === 0) return jobs;
  }
}

async function policyJobs(client: Client, companyId: number, options: BatchOptions): Promise<Job[]> {
  const policies = (await client.invoke('policies.list', { companyId, limit: PAGE })).items;
  return policies.map((policy) => ({
    label: policy.titleJa || policy.titleEn || `policy ${policy.id}`,
    run: () => client.invoke('exports.policy', { policyId: policy.id, ...options }),
  }));
}

/**
 * Each register of the company as .xlsx (what auditors open first) and in the batch's document format. A register
 * the workspace cannot export yet (the core names the `register` field) is left out rather than failing the batch.
 */
function registerJobs(client: Client, companyId: number, options: BatchOptions): Job[] {
  return registerKinds.flatMap((register) =>
    [{ format: 'xlsx' as const, lang: options.lang === 'en' ? ('en' as const) : ('ja' as const) }, { format: options.format, lang: options.lang }].map(
      ({ format, lang }): Job => ({
        label: `${register} (${format})`,
        run: () => client.invoke('exports.register', { register, companyId, format, lang, era: options.era }),
        optional: true,
      }),
    ),
  );
}

function notExportable(error: unknown): boolean {
  return error instanceof AppError && error.path[0] === 'register';
}

/**
 * Runs the jobs in order; returns the files written and the characters any of them replaced. The exports'
 * warnings go to stderr after the progress bar, each naming its file.
 */
export async function exportAll(client: Client, company: string, dir: string, options: BatchOptions, io: CommandIO) {
  const companyId = await companyIdOf(client, company);
  const jobs = [
    ...(await incidentJobs(client, companyId, options)),
    ...(await policyJobs(client, companyId, options)),
    ...registerJobs(client, companyId, options),
  ];
  const bar = progress(jobs.length, io);
  const used = new Set<string>();
  const written: string[] = [];
  const replaced = new Set<string>();
  const warnings: string[] = [];
  try {
    for (const [i, job] of jobs.entries()) {
      let result: ExportResult;
      try {
        result = await job.run();
      } catch (error) {
        if (job.optional && notExportable(error)) {
          bar.step(i + 1, job.label);
          continue;
        }
        throw error;
      }
      const target = path.join(dir, uniqueName(result.fileName, used));
      writeAtomically(target, Buffer.from(result.base64, 'base64'));
      written.push(target);
      for (const char of result.replacedCharacters) replaced.add(char);
      // What the core says about a document (a draft for a case judged not reportable …) names its file.
      for (const warning of result.warnings ?? []) warnings.push(`${path.basename(target)}: 警告：${warning.ja}\n${path.basename(target)}: Warning: ${warning.en}`);
      bar.step(i + 1, path.basename(target));
    }
  } finally {
    bar.finish();
  }
  for (const warning of warnings) io.err(warning);
  return { written, replaced: [...replaced] };
}
