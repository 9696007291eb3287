import type { DraftSaveInput, PolicyVersion } from '../../../shared/domain/policy-version';
import { audited } from '../audit/audited';
import type { DataScope } from '../context';
import { revisionConflict } from '../service-errors';
import { readSectionHashes, readSectionsByRef, readVersionSections } from '../store/policies-sections-read';
import { insertSection, writeSections } from '../store/policies-sections-write';
import { bumpDraft, deleteDraft, draftIdOf, insertDraft, latestPublishedIdOf } from '../store/policies-versions';
import type { ReadableDB } from '../store/connection';
import { alreadyPublished, draftExists, nothingPublished, onlyVersion } from './errors';
import { mustGetPolicy, mustGetVersion, versionWithSections } from './read';
import { checkLinkedDesks, hashed, hashOfList, VERSION_ENTITY } from './write-helpers';

/**
 * Drafts: the editor's autosave, a new draft from the latest published version, and discarding one.
 * Autosave runs within a second of typing, so it must be cheap and idempotent: the incoming list is hashed and
 * compared with the stored hash before any transaction opens — an unchanged save writes nothing and leaves no
 * audit row — and a changed save rewrites only the sections whose hash changed. The audit row holds those
 * sections before and after, and the order, not the whole draft thirty times a minute.
 */
function mustGetDraft(db: ReadableDB, versionId: number) {
  const stored = mustGetVersion(db, versionId, ['versionId']);
  if (stored.summary.status !== 'draft') throw alreadyPublished();
  return stored;
}

export function saveDraft(scope: DataScope, input: DraftSaveInput) {
  const { versionId, revision, sections } = input;
  const list = hashed(sections);
  const hash = hashOfList(list);
  const unchanged = (stored: ReturnType<typeof mustGetDraft>) => ({ version: stored.summary, changed: false });
  const seen = mustGetDraft(scope.db(), versionId);
  if (seen.contentHash === hash) return unchanged(seen);

  return audited(scope, 'policyDrafts.save', (tx) => {
    // Read again inside the transaction: another save may have landed since.
    const current = mustGetDraft(tx.db, versionId);
    if (current.contentHash === hash) return unchanged(current);
    if (current.summary.revision !== revision) throw revisionConflict();
    checkLinkedDesks(tx.db, sections);

    const storedRows = readSectionHashes(tx.db, versionId);
    const incoming = new Map(list.map((item) => [item.section.id, item.hash]));
    const touched = storedRows.filter((row) => incoming.get(row.sectionId) !== row.hash);
    const before = readSectionsByRef(tx.db, touched.map((row) => row.ref)).map((stored) => stored.section);
    const changes = writeSections(tx.db, versionId, list);
    if (!bumpDraft(tx.db, versionId, revision, hash, tx.at)) throw revisionConflict();

    const rewritten = new Set([...changes.added, ...changes.changed]);
    const saved = mustGetDraft(tx.db, versionId);
    tx.record({
      entity: VERSION_ENTITY,
      entityId: versionId,
      before: { revision, order: storedRows.map((row) => row.sectionId), sections: before },
      after: {
        revision: saved.summary.revision,
        order: sections.map((section) => section.id),
        sections: sections.filter((section) => rewritten.has(section.id)),
        ...changes,
      },
    });
    return { version: saved.summary, changed: true };
  });
}

/**
 * A new draft from the latest published version: the same sections with the same ids (so the next diff
 * matches them) and the same hashes. Refused while a draft is open — a policy has one draft at most.
 */
export function startDraft(scope: DataScope, policyId: number): PolicyVersion {
  return audited(scope, 'policyDrafts.start', (tx) => {
    mustGetPolicy(tx.db, policyId, ['policyId']);
    if (draftIdOf(tx.db, policyId) !== undefined) throw draftExists();
    const publishedId = latestPublishedIdOf(tx.db, policyId);
    if (publishedId === undefined) throw nothingPublished();
    const published = mustGetVersion(tx.db, publishedId);
    const sections = readVersionSections(tx.db, publishedId);
    const id = insertDraft(tx.db, { policyId, basedOnVersionId: publishedId, contentHash: published.contentHash }, tx.at);
    sections.forEach((stored, position) => insertSection(tx.db, id, position, { section: stored.section, hash: stored.hash }));
    const draft = versionWithSections(tx.db, id);
    // The sections are those of the published version, which stays as it is: the audit row names it.
    tx.record({
      entity: VERSION_ENTITY,
      entityId: id,
      before: null,
      after: { id, policyId, number: draft.number, status: 'draft', basedOnVersionId: publishedId, sectionIds: sections.map((s) => s.section.id) },
    });
    return draft;
  });
}

/** Drops a revision draft; the policy keeps its published versions. Its first draft goes only with the policy. */
export function discardDraft(scope: DataScope, versionId: number, revision: number): { id: number } {
  return audited(scope, 'policyDrafts.discard', (tx) => {
    const current = mustGetDraft(tx.db, versionId);
    if (latestPublishedIdOf(tx.db, current.summary.policyId) === undefined) throw onlyVersion();
    if (current.summary.revision !== revision) throw revisionConflict();
    const sections = readVersionSections(tx.db, versionId).map((stored) => stored.section);
    deleteDraft(tx.db, versionId);
    tx.record({ entity: VERSION_ENTITY, entityId: versionId, before: { ...current.summary, sections }, after: null });
    return { id: versionId };
  });
}
