import type { PolicyDetail, PolicySummary } from '../../../shared/domain/policy';
import type { PolicyVersion } from '../../../shared/domain/policy-version';
import type { ReadableDB } from '../store/connection';
import { getPolicy } from '../store/policies';
import { readVersionSections } from '../store/policies-sections-read';
import { draftIdOf, getVersion, latestPublishedIdOf, listVersions, type StoredVersion } from '../store/policies-versions';
import { notFoundOf } from './errors';

/** Reading policies and versions for the services: found, or the not-found error naming the field asked by. */
export function mustGetPolicy(db: ReadableDB, id: number, path: (string | number)[] = ['id']): PolicySummary {
  const policy = getPolicy(db, id);
  if (!policy) throw notFoundOf('policy', id, path);
  return policy;
}

export function mustGetVersion(db: ReadableDB, id: number, path: (string | number)[] = ['id']): StoredVersion {
  const version = getVersion(db, id);
  if (!version) throw notFoundOf('version', id, path);
  return version;
}

export function versionWithSections(db: ReadableDB, id: number, path: (string | number)[] = ['id']): PolicyVersion {
  const { summary } = mustGetVersion(db, id, path);
  // Added fields before the spread: `{ ...wide, more }` leaves old-space garbage in V8 (bench/memory.bench.ts).
  return { sections: readVersionSections(db, id).map((stored) => stored.section), ...summary };
}

/** The version the editor opens: the draft if there is one, else the latest published version. */
export function currentVersionId(db: ReadableDB, policyId: number): number {
  const id = draftIdOf(db, policyId) ?? latestPublishedIdOf(db, policyId);
  // Every write keeps a draft or a published version, so a policy without either is a bug.
  if (id === undefined) throw new Error(`policy ${policyId} has no version`);
  return id;
}

export function policyDetail(db: ReadableDB, id: number): PolicyDetail {
  const policy = mustGetPolicy(db, id);
  return { versions: listVersions(db, id), current: versionWithSections(db, currentVersionId(db, id)), ...policy };
}
