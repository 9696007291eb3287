import { z } from 'zod';
import { policyCreateInput, policyDetail, policySummary, policyUpdateInput, revisionEntry } from '../domain/policy';
import { policyCheckInput, policyCheckResult } from '../domain/policy-check';
import { policyDiff } from '../domain/policy-diff';
import { policyOpen } from '../domain/policy-open';
import { importPreview, importPreviewInput, importSaveInput } from '../domain/policy-import';
import { policySearchInput, policySearchResult } from '../domain/policy-search';
import { draftSaveInput, draftSaveResult, policyVersion, policyVersionSummary, publishInput } from '../domain/policy-version';
import { idField, revisionField } from '../validation/fields';
import { read, write } from './define';
import { pageInput, pageOf } from './pagination';

const byId = z.object({ id: idField }).strict();
const byPolicy = z.object({ policyId: idField }).strict();

/**
 * Policies (appi.md §5): the policy, its draft (autosaved) and its published versions (immutable), their diff
 * and revision history, the completeness checker, full-text search, and import of an existing policy.
 */
export const policiesContract = {
  'policies.list': read(z.object({ ...pageInput, companyId: idField.optional() }).strict(), pageOf(policySummary), {
    ja: 'ポリシーの一覧',
    en: 'List policies',
  }),
  'policies.get': read(byId, policyDetail, { ja: 'ポリシーの表示', en: 'Show a policy' }),
  /** The editor's open: policies.get and policies.check of the version it shows, in one request. */
  'policies.open': read(byId, policyOpen, { ja: 'ポリシーを開く', en: 'Open a policy' }),
  /** From a template filled from the company and its desks, from given sections, or empty; opens a draft. */
  'policies.create': write(policyCreateInput, policyDetail, { ja: 'ポリシーを作成', en: 'Create a policy' }),
  'policies.update': write(policyUpdateInput, policyDetail, { ja: 'ポリシーの表題・種類を変更', en: 'Change a policy’s title or kind' }),
  /** Only while nothing was published: a published version is evidence. `revision` (the policy's) as read. */
  'policies.delete': write(z.object({ id: idField, revision: revisionField }).strict(), z.object({ id: z.number().int() }), {
    ja: 'ポリシーを削除',
    en: 'Delete a policy',
  }),
  'policies.revisionHistory': read(byPolicy, z.object({ entries: z.array(revisionEntry) }), {
    ja: '改定履歴の表示',
    en: 'Show the revision history',
  }),
  'policies.check': read(policyCheckInput, policyCheckResult, { ja: '記載事項のチェック', en: 'Check a policy' }),
  'policies.search': read(policySearchInput, policySearchResult, { ja: 'ポリシーの全文検索', en: 'Search policies' }),
  /** Reads and splits the text; writes nothing. */
  'policies.importPreview': read(importPreviewInput, importPreview, { ja: 'ポリシーの取込み（確認）', en: 'Preview a policy import' }),
  'policies.importSave': write(importSaveInput, policyDetail, { ja: 'ポリシーを取込み', en: 'Import a policy' }),

  /** The editor's autosave: the whole ordered section list; an unchanged list writes nothing. */
  'policyDrafts.save': write(draftSaveInput, draftSaveResult, { ja: '下書きを保存', en: 'Save a draft' }),
  /** A new draft from the latest published version, keeping its section ids (so the diff matches them). */
  'policyDrafts.start': write(byPolicy, policyVersion, { ja: '改定の下書きを開始', en: 'Start a new draft' }),
  /** Drops a draft begun from a published version; a policy's only version is deleted with the policy. */
  'policyDrafts.discard': write(z.object({ versionId: idField, revision: revisionField }).strict(), z.object({ id: z.number().int() }), {
    ja: '下書きを破棄',
    en: 'Discard a draft',
  }),

  'policyVersions.get': read(byId, policyVersion, { ja: '版の表示', en: 'Show a version' }),
  'policyVersions.publish': write(publishInput, policyVersionSummary, { ja: 'ポリシーを公開', en: 'Publish a policy version' }),
  'policyVersions.diff': read(
    z.object({ fromVersionId: idField, toVersionId: idField }).strict(),
    policyDiff,
    { ja: '版の比較', en: 'Compare versions' },
  ),
};
