import type { Company } from '../../../../shared/domain/company';
import type { Inline, Lang } from '../model';
import { given, lines } from './text';
import { words } from './words';

/**
 * The company as documents name it. English fields fall back to the Japanese ones, since a company's legal
 * name and address are often recorded in Japanese only; what is missing in both is marked 未記入.
 */
export function companyName(company: Company, lang: Lang): string {
  return (lang === 'en' && company.legalNameEn) || company.legalNameJa;
}

export function companyAddress(company: Company, lang: Lang): Inline {
  const address = (lang === 'en' && company.addressEn) || company.addressJa;
  if (!address) return given('');
  return company.postalCode ? `〒${company.postalCode} ${address}` : address;
}

export function representativeTitle(company: Company, lang: Lang): string {
  return (lang === 'en' && company.representativeTitleEn) || company.representativeTitleJa;
}

export function representativeName(company: Company, lang: Lang): string {
  return (lang === 'en' && company.representativeNameEn) || company.representativeNameJa;
}

/** 代表取締役 + a full-width space + 山田太郎 / Taro Yamada, President; the missing mark when no name is recorded. */
export function representative(company: Company, lang: Lang): Inline {
  const name = representativeName(company, lang);
  if (!name) return given('');
  const title = representativeTitle(company, lang);
  if (!title) return name;
  return lang === 'ja' ? `${title}\u3000${name}` : `${name}, ${title}`;
}

/**
 * The contact person of a report: the personal-information protection manager with the company's phone and
 * email, each part marked when it is missing.
 */
export function contactPerson(company: Company, lang: Lang): Inline {
  const w = words(lang);
  const person = company.protectionManagerName
    ? `${company.protectionManagerTitle ? `${company.protectionManagerTitle}\u3000` : ''}${company.protectionManagerName}`
    : '';
  return lines([
    given(person),
    [{ text: `${w.phone}${w.colon}` }, ...asRuns(given(company.phone))],
    [{ text: `${w.email}${w.colon}` }, ...asRuns(given(company.email))],
  ]);
}

function asRuns(content: Inline) {
  return typeof content === 'string' ? [{ text: content }] : content;
}
