import type { Company, CompanyInput } from '../../../shared/domain/company';

/** Every field of the create input, none left out: what the form holds. */
export type CompanyFormValues = { [K in keyof CompanyInput]-?: Exclude<CompanyInput[K], undefined> };

export const emptyCompany: CompanyFormValues = {
  legalNameJa: '',
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
  website: '',
  authorizedOrgMember: false,
  authorizedOrgNameJa: '',
  authorizedOrgNameEn: '',
  authorizedOrgDeskId: null,
  privacyMarkNumber: '',
  corporateNumber: '',
  industry: '',
  contactDepartment: '',
  contactTitle: '',
  contactName: '',
};

/** A stored company as form values: only the input fields (the contract's input is strict). */
export function companyToValues(company: Company): CompanyFormValues {
  const values = { ...emptyCompany };
  for (const key of Object.keys(emptyCompany) as (keyof CompanyFormValues)[]) {
    (values as Record<string, unknown>)[key] = company[key];
  }
  return values;
}
