import type { LocalizedText } from '../errors';
import type { PpcFieldKey } from './ppc-form-fields';
import type { PpcFormCompany } from './ppc-form-source';
import { yesNo } from './ppc-form-values';

/**
 * The reporter block of the PPC form, from the company record. A value is null while the record does not have it
 * (the helper then shows 確認中). English values fall back to the Japanese the user wrote when no English was given
 * (user data, never the tool's words). The contact person defaults to the protection manager (migration 0005).
 */
export type RawValues = Partial<Record<PpcFieldKey, LocalizedText | null>>;

const same = (text: string): LocalizedText | null => (text.trim() === '' ? null : { ja: text.trim(), en: text.trim() });

/** The Japanese and English texts, each falling back to the other when only one was written. */
function bilingual(ja: string, en: string): LocalizedText | null {
  const j = ja.trim();
  const e = en.trim();
  if (j === '' && e === '') return null;
  return { ja: j || e, en: e || j };
}

function address(company: PpcFormCompany): LocalizedText | null {
  const text = bilingual(company.addressJa, company.addressEn);
  if (!text) return null;
  const postal = company.postalCode.trim();
  if (postal === '') return text;
  // An English address puts the postal code last; a Japanese one standing in for it keeps the Japanese order
  // (without the 〒 mark, which an English value never carries).
  const en = company.addressEn.trim() ? `${text.en} ${postal}` : `${postal} ${text.en}`;
  return { ja: `〒${postal} ${text.ja}`, en };
}

function representative(company: PpcFormCompany): LocalizedText | null {
  const name = bilingual(company.representativeNameJa, company.representativeNameEn);
  if (!name) return null;
  const title = bilingual(company.representativeTitleJa, company.representativeTitleEn);
  if (!title) return name;
  const ja = `${title.ja}\u3000${name.ja}`;
  // "Name, Title" only when the English was written; Japanese standing in for it keeps its own order.
  const english = company.representativeNameEn.trim() !== '' || company.representativeTitleEn.trim() !== '';
  return { ja, en: english ? `${name.en}, ${title.en}` : ja };
}

function authorizedOrg(company: PpcFormCompany): LocalizedText {
  if (!company.authorizedOrgMember) return yesNo.no;
  const name = bilingual(company.authorizedOrgNameJa, company.authorizedOrgNameEn);
  if (!name) return yesNo.yes;
  return { ja: `${yesNo.yes.ja}（${name.ja}）`, en: `${yesNo.yes.en} (${name.en})` };
}

export function reporterValues(company: PpcFormCompany): RawValues {
  const contactName = company.contactName.trim();
  const contactTitle = company.contactTitle.trim();
  // With no contact person named, the protection manager is the contact, with the title that goes with that name.
  const byManager = contactName === '';
  return {
    reporterName: bilingual(company.legalNameJa, company.legalNameEn),
    corporateNumber: same(company.corporateNumber),
    industry: same(company.industry),
    address: address(company),
    representative: representative(company),
    contactDepartment: same(company.contactDepartment),
    contactTitle: same(byManager && contactTitle === '' ? company.protectionManagerTitle : contactTitle),
    contactName: same(byManager ? company.protectionManagerName : contactName),
    contactPhone: same(company.phone),
    contactEmail: same(company.email),
    authorizedOrgTarget: authorizedOrg(company),
  };
}
