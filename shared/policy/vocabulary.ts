/**
 * The fixed vocabularies of a policy: what kind of document it is, what each section is about, whose data a
 * purpose of use concerns, and which requests an individual may make. They are data, so the UI, the checker,
 * the importer and the exports all speak the same words.
 */

/** What kind of document the policy is. `combined` is a basic policy followed by the public matters (PrivacyMark style). */
export const policyKinds = ['privacy_policy', 'basic_policy', 'external_transmission_notice', 'combined'] as const;
export type PolicyKind = (typeof policyKinds)[number];

/** What a section is about; `custom` is anything else (kept, never dropped). */
export const sectionKinds = [
  'basic_policy_statement',
  'definitions',
  'information_collected',
  'collection_methods',
  'purposes_of_use',
  'consent_items',
  'third_party_provision',
  'outsourcing',
  'joint_use',
  'cross_border',
  'security_measures',
  'cookies',
  'external_transmission',
  'ai_processing',
  'request_procedures',
  'complaint_desk',
  'authorized_organization',
  'incident_response',
  'revisions',
  'contact',
  'custom',
] as const;
export type SectionKind = (typeof sectionKinds)[number];

/** Whose personal information a purpose of use concerns (purposes are often listed per category). */
export const personCategories = [
  'customers',
  'employees',
  'applicants',
  'suppliers',
  'shareholders',
  'inquirers',
  'other',
] as const;
export type PersonCategory = (typeof personCategories)[number];

/**
 * The requests an individual may make about retained personal data: notification of the purpose
 * (Art. 32(2)), disclosure (Art. 33(1)), disclosure of third-party provision records (Art. 33(5)),
 * correction/addition/deletion (Art. 34), cessation of use/erasure and cessation of provision (Art. 35).
 */
export const requestKinds = [
  'purpose_notification',
  'disclosure',
  'third_party_records',
  'correction',
  'cessation_of_use',
  'cessation_of_provision',
] as const;
export type RequestKind = (typeof requestKinds)[number];

export type Lang = 'ja' | 'en';
