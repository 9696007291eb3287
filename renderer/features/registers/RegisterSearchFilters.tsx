import { NativeSelect, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import type { useRegisterFilters } from './useRegisterFilters';

interface RegisterSearchFiltersProps {
  filters: ReturnType<typeof useRegisterFilters>;
  labels: { search: string; company: string; allCompanies: string };
  /** When the company changes (e.g. a desk filter that belongs to the company is cleared). */
  onCompanyChange?: () => void;
}

/** A register list's first two filters: the search box and the company (by its English name in English). */
export function RegisterSearchFilters({ filters, labels, onCompanyChange }: RegisterSearchFiltersProps) {
  const language = useLanguage();
  return (
    <>
      <TextInput
        label={labels.search}
        type="search"
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={filters.query}
        onChange={(event) => filters.setQuery(event.currentTarget.value)}
        w={240}
      />
      <NativeSelect
        label={labels.company}
        value={filters.companyId}
        onChange={(event) => {
          filters.setCompanyId(event.currentTarget.value);
          onCompanyChange?.();
        }}
        data={[
          { value: '', label: labels.allCompanies },
          ...filters.companies.map((company) => ({ value: String(company.id), label: companyDisplayName(company, language) })),
        ]}
        w={220}
      />
    </>
  );
}
