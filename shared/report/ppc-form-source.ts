import type { Company } from '../domain/company';
import type { Incident } from '../domain/incident';
import type { Notification } from '../domain/incident-notification';

/**
 * What the PPC form helper reads from the record: the incident, its company (the reporter) and its notifications.
 * Only the fields used are named, so a test, a filed snapshot or the live record can all be given.
 */
export type PpcFormIncident = Pick<
  Incident,
  | 'breachKind'
  | 'certainty'
  | 'triggers'
  | 'occurredAt'
  | 'discoveredAt'
  | 'knownAt'
  | 'howDiscovered'
  | 'weAreEntrustee'
  | 'entrustorName'
  | 'delegatedMinistry'
  | 'dataItems'
  | 'otherDataItems'
  | 'sensitive'
  | 'individualsKind'
  | 'individuals'
  | 'individualsUpperBound'
  | 'reportOverview'
  | 'reportItems'
  | 'reportIndividuals'
  | 'reportCause'
  | 'reportSecondaryDamage'
  | 'reportResponse'
  | 'reportPublication'
  | 'reportPrevention'
  | 'reportOther'
> & {
  /** 発見者 (migration 0005 `discovered_by`). */
  discoveredBy?: string;
  /** '' | 'electronic' | 'paper' | 'both'; read as a string so a filed snapshot fits too. */
  medium?: string;
  /** An entrustee of ours is involved: the breach happened at our processor. */
  weHaveEntrustee?: boolean;
  entrusteeName?: string;
  /** Items 5–7's choices ('' = not stated yet): 'yes' | 'no' | 'unknown' and 'done' | 'planned' | 'notPlanned'. */
  secondaryDamage?: string;
  individualsResponse?: string;
  publication?: string;
};

export type PpcFormCompany = Pick<
  Company,
  | 'legalNameJa'
  | 'legalNameEn'
  | 'postalCode'
  | 'addressJa'
  | 'addressEn'
  | 'representativeTitleJa'
  | 'representativeTitleEn'
  | 'representativeNameJa'
  | 'representativeNameEn'
  | 'protectionManagerTitle'
  | 'protectionManagerName'
  | 'phone'
  | 'email'
  | 'authorizedOrgMember'
  | 'authorizedOrgNameJa'
  | 'authorizedOrgNameEn'
> & {
  /** 法人番号: 13 digits, or '' (migration 0005). */
  corporateNumber?: string;
  industry?: string;
  /** The contact person; '' = the protection manager. */
  contactDepartment?: string;
  contactTitle?: string;
  contactName?: string;
};

export type PpcFormNotification = Pick<
  Notification,
  'id' | 'notificationKind' | 'sentAt' | 'referenceNumber' | 'recipient' | 'correctedBy' | 'combinedWithPreliminary'
>;

export type PpcStage = 'preliminary' | 'final';
