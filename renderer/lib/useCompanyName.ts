import { useCallback } from 'react';
import { useRead } from '../api/hooks';
import { useLanguage } from './useLanguage';

/**
 * A company's name as the screen's language has it: in English its English name wherever the record has one
 * (issue 13 item 6), else the Japanese legal name. Lists carry only `companyName` (Japanese); the English one
 * comes from the company list every screen already reads (cached, one request).
 */
export function useCompanyName(): (companyId: number, fallback: string) => string {
  const language = useLanguage();
  const companies = useRead('companies.list', { limit: 500 }, { enabled: language === 'en' });
  const items = companies.data?.items;
  return useCallback(
    (companyId: number, fallback: string) => {
      if (language !== 'en') return fallback;
      const company = items?.find((item) => item.id === companyId);
      return company?.legalNameEn || fallback;
    },
    [items, language],
  );
}

/** The name to show for a company record itself. */
export function companyDisplayName(company: { legalNameJa: string; legalNameEn: string }, language: 'ja' | 'en'): string {
  return (language === 'en' && company.legalNameEn) || company.legalNameJa;
}
