import { japanDateOf } from '../../../shared/appi/japan-time';
import type { ParsedInput } from '../../../shared/contract';
import type { ExportResult } from '../../../shared/contract/exports';
import { revisionHistory } from '../../../shared/domain/policy-history';
import { priorHistoryOf } from '../../../shared/policy/history-dates';
import type { DataScope } from '../context';
import { buildPolicy, type PolicyExportInput } from '../export/builders';
import { currentVersionId, mustGetPolicy, versionWithSections } from '../policies/read';
import { fieldError, notFound } from '../service-errors';
import { getCompany } from '../store/companies';
import type { ReadableDB } from '../store/connection';
import { getDesk } from '../store/desks';
import { listVersions } from '../store/policies-versions';
import { safeFileName } from './file-name';
import { documentWord } from './names';
import { renderExport } from './render';

/**
 * A policy version as the builder reads it: its sections, the company, the desks its sections link (read from
 * their records now, so the document prints today's phone numbers) and the revision history up to that version.
 * Without a version asked for, the one in force: the latest published, else the draft.
 */
export function exportedVersionId(db: ReadableDB, policyId: number): number {
  const policy = mustGetPolicy(db, policyId, ['policyId']);
  return policy.latestPublished?.versionId ?? currentVersionId(db, policyId);
}

export function policyExportInput(db: ReadableDB, policyId: number, versionId: number): PolicyExportInput {
  const policy = mustGetPolicy(db, policyId, ['policyId']);
  const version = versionWithSections(db, versionId, ['versionId']);
  if (version.policyId !== policyId) {
    throw fieldError(['versionId'], { ja: 'このポリシーの版を指定してください。', en: 'Name a version of this policy.' });
  }
  const company = getCompany(db, policy.companyId);
  if (!company) throw notFound('company', policy.companyId);
  const deskIds = new Set(version.sections.flatMap((section) => ('deskIds' in section ? section.deskIds : [])));
  const desks = [...deskIds].map((id) => getDesk(db, id)).filter((desk) => desk !== undefined);
  // The dates its revisions article states for the time before this tool come first (one history: issue 11 item 3).
  const revisions = revisionHistory(listVersions(db, policyId), priorHistoryOf(version.sections)).filter((entry) => entry.number <= version.number);
  return {
    kind: policy.kind,
    titleJa: policy.titleJa,
    titleEn: policy.titleEn,
    sections: version.sections,
    company,
    desks,
    effectiveOn: version.effectiveOn,
    revisions,
    draft: version.status !== 'published',
  };
}

export async function exportPolicy(scope: DataScope, input: ParsedInput<'exports.policy'>): Promise<ExportResult> {
  const db = scope.db();
  const today = japanDateOf(scope.now());
  const versionId = input.versionId ?? exportedVersionId(db, input.policyId);
  const data = policyExportInput(db, input.policyId, versionId);
  const doc = buildPolicy(data, {
    lang: input.lang,
    layout: input.layout,
    era: input.era,
    today,
    contents: input.contents,
    wordNumbering: input.wordNumbering,
  });
  const title = input.lang === 'en' ? data.titleEn || data.titleJa : data.titleJa || data.titleEn;
  const fileName = safeFileName([data.effectiveOn || today, title || documentWord('policy', input.lang)], input.format);
  return renderExport(doc, input.format, fileName);
}
