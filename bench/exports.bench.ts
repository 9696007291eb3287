import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPolicy, type PolicyExportInput } from '../main/core/export/builders';
import { loadFonts } from '../main/core/export/fonts';
import { renderDocx } from '../main/core/export/render/docx';
import { renderPdf } from '../main/core/export/render/pdf';
import { createCore } from '../main/core/index';
import { makeSection, type PolicySection } from '../shared/policy/model';
import { percentile, printTable, timeAsync, type Row } from './support';

/**
 * Exports as a user meets them:
 *  1. a ~20-page bilingual policy (articles side by side): our direct PDF against what a user would otherwise do —
 *     write the .docx and convert it with LibreOffice headless (own profile, one process per conversion);
 *  2. a batch of 100 incident reports (確報) through `exports.incident`, PDF and Word: ms per report.
 * A benchmark, not a test: it prints and never fails. LibreOffice missing: that row says so.
 */
const SECTIONS = Number(process.env.BENCH_POLICY_SECTIONS ?? 44);
const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 3);
const INCIDENTS = Number(process.env.BENCH_INCIDENT_REPORTS ?? 100);

const ja =
  '当社は、お客様からお預かりした個人情報（氏名、住所、電話番号、メールアドレス、購入履歴等をいいます。）を、「個人情報の保護に関する法律」その他の関係法令及びガイドラインに従って、適切に取り扱います。';
const en =
  'We handle the personal information entrusted to us (name, address, phone number, email address and purchase history) in accordance with the Act on the Protection of Personal Information and the related guidelines.';

function policyInput(company: PolicyExportInput['company']): PolicyExportInput {
  const sections: PolicySection[] = Array.from({ length: SECTIONS }, (_, i) =>
    makeSection('custom', `s${i}`, { headingJa: `取扱い${i + 1}`, headingEn: `Handling ${i + 1}`, bodyJa: `${ja}\n${ja}\n・${ja.slice(0, 40)}`, bodyEn: `${en}\n${en}\n- ${en.slice(0, 60)}` }),
  );
  sections.push(
    makeSection('external_transmission', 'tx', {
      headingJa: '外部送信',
      headingEn: 'External transmission',
      transmissions: Array.from({ length: 12 }, (_, i) => ({ tool: `Tool ${i + 1}`, recipient: `Vendor ${i + 1} Inc.`, dataSentJa: '閲覧履歴、端末情報', dataSentEn: 'Browsing history, device data', purposeJa: 'アクセス解析', purposeEn: 'Analytics', optOutUrl: '' })),
    }),
  );
  return { kind: 'privacy_policy', titleJa: '個人情報保護方針', titleEn: 'Privacy Policy', sections, company, desks: [], effectiveOn: '2026-04-01', revisions: [{ event: 'established', effectiveOn: '2026-04-01', changeSummaryJa: '', changeSummaryEn: '' }] };
}

async function measure(run: () => Promise<unknown>, runs = RUNS): Promise<{ median: number; p95: number }> {
  await run(); // warm-up: font parsing, JIT, LibreOffice's first start with a new profile
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await timeAsync(run)).ms);
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

function soffice(): string {
  return spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-bench-exports-'));
  const fonts = loadFonts();
  const core = await createCore({ workspacePath: path.join(work, 'bench.sqlite'), userDataDir: path.join(work, 'userdata'), osUser: 'bench', rememberWorkspace: false });
  const rows: Row[] = [];
  try {
    const call = async (operation: string, input: unknown) => {
      const envelope = await core.dispatch(operation, input, core.workspace().id);
      if (!envelope.ok) throw new Error(`${operation}: ${envelope.error.message.en}`);
      return envelope.value as { id: number } & Record<string, unknown>;
    };
    const company = await call('companies.create', { legalNameJa: '株式会社ベンチ', legalNameEn: 'Bench K.K.', addressJa: '東京都千代田区千代田1-1', representativeTitleJa: '代表取締役', representativeNameJa: '山田太郎' });
    const companyRecord = (await call('companies.get', { id: company.id })) as unknown as PolicyExportInput['company'];

    // 1. The policy: our PDF vs .docx → LibreOffice.
    const doc = buildPolicy(policyInput(companyRecord), { lang: 'both', layout: 'columns', today: '2026-04-01' });
    let pages = 0;
    const ours = await measure(async () => {
      pages = (await renderPdf(doc, { fonts })).pageCount ?? 0;
    });
    const docxFile = path.join(work, 'policy.docx');
    fs.writeFileSync(docxFile, (await renderDocx(doc, { fonts })).bytes);
    const lo = soffice();
    if (lo) {
      const profile = `file://${path.join(work, 'lo-profile')}`;
      const convert = async () => {
        const result = spawnSync(lo, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docxFile], { encoding: 'utf8', timeout: 300_000 });
        if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
      };
      const office = await measure(convert);
      rows.push({ case: `policy ${pages} pages: our PDF vs .docx → LibreOffice`, n: RUNS, serviceMs: ours.median, rawMs: office.median, p50: `${ours.median.toFixed(0)}/${office.median.toFixed(0)}`, p95: `${ours.p95.toFixed(0)}/${office.p95.toFixed(0)}`, heapMb: 0 });
      console.log(`LibreOffice / ours: ${(office.median / ours.median).toFixed(1)}× (goal ≥ 5×)`);
    } else {
      rows.push({ case: `policy ${pages} pages: our PDF (soffice not installed)`, n: RUNS, serviceMs: ours.median, rawMs: null, heapMb: 0 });
    }

    // 2. A batch of incident reports through the contract, as the CLI's --all runs them.
    const ids: number[] = [];
    for (let i = 0; i < INCIDENTS; i++) {
      const incident = await call('incidents.create', {
        companyId: company.id,
        title: `不正アクセスによる漏えい ${i + 1}`,
        breachKind: 'leak',
        knownAt: new Date(Date.UTC(2026, 0, 5 + (i % 300), 1)).toISOString(),
        dataItems: ['name', 'email', 'creditCard'],
        wrongfulPurpose: true,
        individualsKind: 'estimate',
        individuals: 100 + i,
        highLevelEncryption: false,
        reportOverview: ja,
        reportCause: ja,
        reportSecondaryDamage: ja,
        reportPrevention: ja,
      });
      ids.push(incident.id);
    }
    for (const format of ['pdf', 'docx'] as const) {
      const batch = await measure(async () => {
        for (const id of ids) await call('exports.incident', { incidentId: id, document: 'ppc_final', format, lang: 'ja' });
      }, 1);
      rows.push({ case: `${INCIDENTS} PPC reports (${format}), ms per report`, n: INCIDENTS, serviceMs: batch.median / INCIDENTS, rawMs: null, p50: `${batch.median.toFixed(0)} ms total`, heapMb: 0 });
    }
  } finally {
    core.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`Exports; median of ${RUNS} runs after a warm-up ("service" = ours, "raw" = LibreOffice converting our .docx).`);
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error);
});
