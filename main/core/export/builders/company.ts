import type { Company } from '../../../../shared/domain/company';
import type { Inline, Lang } from '../model';
import { given } from './text';

/**
 * The company as documents name it. English fields fall back to the Japanese ones, since a company's legal
 * name and address are often recorded in Japanese only; what is missing in both is marked 未記入 (letters and the
 * internal summary: the report to the PPC says its gaps in words, from shared/report).
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
