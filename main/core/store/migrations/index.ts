import { initial } from './0001-initial';
import { incidents } from './0002-incidents';
import { policies } from './0003-policies';
import { workspaceMeta } from './0004-workspace-meta';
import { filing } from './0005-filing';
import { auditChain } from './0006-audit-chain';
import { incidentSearch } from './0007-incident-search';
import { requestsProvisions } from './0008-requests-provisions';
import { sectionNumbering } from './0009-section-numbering';
import { inventoryEntrustees } from './0010-inventory-entrustees';
import { policyShortWords } from './0011-policy-short-words';
import { incidentListFilters } from './0012-incident-list-filters';
import { sentReports } from './0013-sent-reports';
import { incidentKnownDays } from './0014-incident-known-days';
import type { Migration } from './migration';

/**
 * Every migration, oldest first. A test checks this list against the files in this folder and that the
 * versions run 1, 2, 3 … without gaps, so a file cannot be forgotten here.
 */
export const migrations: readonly Migration[] = [initial, incidents, policies, workspaceMeta, filing, auditChain, incidentSearch, requestsProvisions, sectionNumbering, inventoryEntrustees, policyShortWords, incidentListFilters, sentReports, incidentKnownDays];

export function latestVersion(list: readonly Migration[]): number {
  return list.at(-1)?.version ?? 0;
}

export const LATEST_VERSION = latestVersion(migrations);
