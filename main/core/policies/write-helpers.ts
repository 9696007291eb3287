import type { PolicySummary } from '../../../shared/domain/policy';
import type { PolicySection } from '../../../shared/policy/model';
import { missingReference } from '../service-errors';
import { withoutKeys } from '../snapshot';
import type { ReadableDB } from '../store/connection';
import { deskExists } from '../store/desks';
import type { SectionToWrite } from '../store/policies-sections-write';
import { sectionHash, versionHash } from './hash';

/** What every policy write shares: the audit entity names and snapshots, hashing, and checking linked desks. */
export const POLICY_ENTITY = 'policy';
export const VERSION_ENTITY = 'policy_version';

/** The policy row as the audit trail keeps it: without values derived from its versions or its company. */
export function policySnapshot(policy: PolicySummary) {
  return withoutKeys(policy, ['companyName', 'draftVersionId', 'latestPublished', 'versionCount', 'updatedAt']);
}

export function hashed(sections: readonly PolicySection[]): SectionToWrite[] {
  return sections.map((section) => ({ section, hash: sectionHash(section) }));
}

export function hashOfList(list: readonly SectionToWrite[]): string {
  return versionHash(list.map((item) => item.hash));
}

/**
 * A complaint desk is linked, not copied (issue 4): the link must name a desk record that exists. The schema
 * refuses a dangling link as well; checking here names the field.
 */
export function checkLinkedDesks(db: ReadableDB, sections: readonly PolicySection[], path: (string | number)[] = ['sections']): void {
  const known = new Map<number, boolean>();
  sections.forEach((section, index) => {
    if (!('deskIds' in section)) return;
    section.deskIds.forEach((deskId, position) => {
      if (!known.has(deskId)) known.set(deskId, deskExists(db, deskId));
      if (!known.get(deskId)) throw missingReference([...path, index, 'deskIds', position], 'desk');
    });
  });
}
