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
  | 'discoveredBy'
  | 'medium'
  | 'weHaveEntrustee'
  | 'entrusteeName'
  | 'secondaryDamage'
  | 'individualsResponse'
  | 'publication'
>;

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
  | 'corporateNumber'
  | 'industry'
  | 'contactDepartment'
  | 'contactTitle'
  | 'contactName'
>;

export type PpcFormNotification = Pick<
  Notification,
  'id' | 'notificationKind' | 'sentAt' | 'referenceNumber' | 'recipient' | 'correctedBy' | 'combinedWithPreliminary'
>;

export type PpcStage = 'preliminary' | 'final';
