import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useRead } from '../../api/hooks';

/**
 * The filters every register list has: a search answered 250 ms after typing stops, a company, and the page, which
 * goes back to the first whenever a filter changes. Also which company the export is for: the one chosen, or the
 * only one there is (a register is one company's).
 */
export function useRegisterFilters() {
  const [query, setQueryText] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [companyId, setCompanyText] = useState('');
  const [page, setPage] = useState(1);
  const companies = useRead('companies.list', { limit: 500 });
  const companyList = companies.data?.items ?? [];
  const only = companyList.length === 1 ? companyList[0]!.id : null;
  /** Wraps a filter's setter so that changing the filter shows its first page. */
  const resetting =
    <V,>(set: (value: V) => void) =>
    (value: V) => {
      set(value);
      setPage(1);
    };
  return {
    query,
    setQuery: resetting(setQueryText),
    /** The search as the core receives it. */
    search: debounced,
    companyId,
    setCompanyId: resetting(setCompanyText),
    /** The chosen company's id for a read's input; undefined for all. */
    companyFilter: companyId === '' ? undefined : Number(companyId),
    exportCompanyId: companyId !== '' ? Number(companyId) : only,
    companies: companyList,
    noCompanies: companies.data?.total === 0,
    page,
    setPage,
    resetting,
  };
}
