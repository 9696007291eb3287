import { z } from 'zod';
import {
  emailField,
  idField,
  isoTimestamp,
  optionalText,
  phoneField,
  postalCodeField,
  requiredText,
  revisionField,
  urlField,
} from '../validation/fields';
import { corporateNumberField } from '../validation/corporate-number';

/**
 * 事業者: the business that handles personal information. Art. 32(1)(i) makes its name, address and
 * (for a corporation) its representative part of every policy; a workspace may hold several.
 */
const companyFields = z.object({
  legalNameJa: requiredText(),
  legalNameEn: optionalText(),
  postalCode: postalCodeField,
  addressJa: optionalText(400),
  addressEn: optionalText(400),
  representativeTitleJa: optionalText(),
  representativeTitleEn: optionalText(),
  representativeNameJa: optionalText(),
  representativeNameEn: optionalText(),
  protectionManagerTitle: optionalText(),
  protectionManagerName: optionalText(),
  phone: phoneField,
  email: emailField,
  website: urlField,
  /** Member of an 認定個人情報保護団体 (Art. 47ff.; its desk must be named in the policy, Cabinet Order Art. 10). */
  authorizedOrgMember: z.boolean().default(false),
  authorizedOrgNameJa: optionalText(),
  authorizedOrgNameEn: optionalText(),
  authorizedOrgDeskId: idField.nullable().default(null),
  privacyMarkNumber: optionalText(50),
  /** The PPC report's reporter block (appi.md §3): 法人番号 (13 digits, check digit verified) and 業種. */
  corporateNumber: corporateNumberField,
  industry: optionalText(),
  /** The report's contact person; all empty = the protection manager is the contact. */
  contactDepartment: optionalText(),
  contactTitle: optionalText(),
  contactName: optionalText(),
});

function requireOrgName(value: { authorizedOrgMember: boolean; authorizedOrgNameJa: string }, ctx: z.RefinementCtx) {
  if (value.authorizedOrgMember && value.authorizedOrgNameJa === '') {
    ctx.addIssue({ code: 'custom', message: 'authorizedOrgName', path: ['authorizedOrgNameJa'] });
  }
}

export const companyInput = companyFields.strict().superRefine(requireOrgName);
export type CompanyInput = z.input<typeof companyInput>;
export type CompanyValues = z.output<typeof companyInput>;

export const companyUpdateInput = companyFields
  .extend({ id: idField, revision: revisionField })
  .strict()
  .superRefine(requireOrgName);
export type CompanyUpdateInput = z.input<typeof companyUpdateInput>;

export const company = companyFields.extend({
  id: z.number().int(),
  revision: z.number().int(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  deskCount: z.number().int(),
});
export type Company = z.output<typeof company>;
