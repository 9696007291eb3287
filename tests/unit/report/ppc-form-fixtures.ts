import type { PpcFormCompany, PpcFormIncident, PpcFormNotification } from '../../../shared/report/ppc-form-source';

/** A company with nothing but its name: every other reporter field is still to be confirmed. */
export function bareCompany(overrides: Partial<PpcFormCompany> = {}): PpcFormCompany {
  return {
    legalNameJa: '株式会社みなと物流',
    legalNameEn: '',
    postalCode: '',
    addressJa: '',
    addressEn: '',
    representativeTitleJa: '',
    representativeTitleEn: '',
    representativeNameJa: '',
    representativeNameEn: '',
    protectionManagerTitle: '',
    protectionManagerName: '',
    phone: '',
    email: '',
    authorizedOrgMember: false,
    authorizedOrgNameJa: '',
    authorizedOrgNameEn: '',
    corporateNumber: '',
    industry: '',
    contactDepartment: '',
    contactTitle: '',
    contactName: '',
    ...overrides,
  };
}

/** An incident known at 2027-02-03 18:45 JST (given in UTC) with nothing else settled yet. */
export function bareIncident(overrides: Partial<PpcFormIncident> = {}): PpcFormIncident {
  return {
    breachKind: 'leak',
    certainty: 'suspected',
    triggers: [],
    occurredAt: null,
    discoveredAt: null,
    knownAt: '2027-02-03T09:45:00Z',
    howDiscovered: '',
    weAreEntrustee: false,
    entrustorName: '',
    delegatedMinistry: '',
    dataItems: [],
    otherDataItems: [],
    sensitive: null,
    individualsKind: 'unknown',
    individuals: null,
    individualsUpperBound: null,
    reportOverview: '',
    reportItems: '',
    reportIndividuals: '',
    reportCause: '',
    reportSecondaryDamage: '',
    reportResponse: '',
    reportPublication: '',
    reportPrevention: '',
    reportOther: '',
    discoveredBy: '',
    medium: '',
    weHaveEntrustee: false,
    entrusteeName: '',
    secondaryDamage: '',
    individualsResponse: '',
    publication: '',
    ...overrides,
  };
}

/** A company written in English throughout, for the "no Japanese in English values" check. */
export const englishCompany = bareCompany({
  legalNameJa: 'Harbor Logistics KK',
  legalNameEn: 'Harbor Logistics KK',
  postalCode: '105-0011',
  addressJa: '1-2-3 Shibakoen, Minato-ku, Tokyo',
  addressEn: '1-2-3 Shibakoen, Minato-ku, Tokyo',
  representativeTitleJa: 'CEO',
  representativeTitleEn: 'CEO',
  representativeNameJa: 'Ken Sato',
  representativeNameEn: 'Ken Sato',
  protectionManagerTitle: 'Privacy Officer',
  protectionManagerName: 'Mia Ono',
  phone: '03-1234-5678',
  email: 'privacy@harbor.example',
  corporateNumber: '1234567890123',
  industry: 'Warehousing',
  contactDepartment: 'Legal',
});

export function sentPreliminary(overrides: Partial<PpcFormNotification> = {}): PpcFormNotification {
  return {
    id: 11,
    notificationKind: 'ppc_preliminary',
    sentAt: '2027-02-05T01:20:00Z',
    referenceNumber: 'R-2027-0042',
    recipient: '',
    correctedBy: null,
    combinedWithPreliminary: false,
    ...overrides,
  };
}
