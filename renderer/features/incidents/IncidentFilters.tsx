import { Button, Checkbox, Group, MultiSelect, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/domain/company';
import { triggerOrder, type Trigger } from '../../../shared/appi/reportability';
import { incidentStatuses, statusLabels, type IncidentStatus } from '../../../shared/domain/incident-status';
import type { LocalizedText } from '../../../shared/errors';
import { capitalize } from '../../lib/fieldLabel';
import { DateBox } from '../../components/form/DateBox';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { isFiltered, noFilters, type IncidentFilterValues } from './incidentFilters';

interface Props {
  value: IncidentFilterValues;
  onChange: (value: IncidentFilterValues) => void;
  companies: Company[];
  /** What the core said about a filter (e.g. an end date before the start), by field. */
  errorOf: (field: 'knownFrom' | 'knownTo') => LocalizedText | undefined;
}

/**
 * Status (several), company, trigger, the days of knowing (typed or picked, Japan time), text, and "statutory
 * deadline missed" (a 速報 or 確報 past its deadline and not sent, counted by the core from the app's clock).
 */
export function IncidentFilters({ value, onChange, companies, errorOf }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = <K extends keyof IncidentFilterValues>(key: K, next: IncidentFilterValues[K]) => onChange({ ...value, [key]: next });

  return (
    <Group mb="md" align="flex-start" gap="md" className="wb-filters">
      <TextInput
        label={t('incidents.search')}
        type="search"
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={value.query}
        onChange={(event) => set('query', event.currentTarget.value)}
        w={220}
      />
      <MultiSelect
        label={t('incidents.filters.status')}
        placeholder={value.status.length === 0 ? t('incidents.filters.allStatuses') : undefined}
        value={value.status}
        onChange={(next) => set('status', incidentStatuses.filter((s) => next.includes(s)) as IncidentStatus[])}
        data={incidentStatuses.map((status) => ({ value: status, label: capitalize(statusLabels[status][language]) }))}
        comboboxProps={{ withinPortal: true }}
        w={240}
        clearable
      />
      <NativeSelect
        label={t('incidents.filters.company')}
        value={value.companyId === null ? '' : String(value.companyId)}
        onChange={(event) => set('companyId', event.currentTarget.value === '' ? null : Number(event.currentTarget.value))}
        data={[
          { value: '', label: t('incidents.filters.allCompanies') },
          ...companies.map((company) => ({ value: String(company.id), label: companyDisplayName(company, language) })),
        ]}
        w={200}
      />
      <NativeSelect
        label={t('incidents.filters.trigger')}
        value={value.trigger ?? ''}
        onChange={(event) => set('trigger', event.currentTarget.value === '' ? null : (event.currentTarget.value as Trigger))}
        data={[
          { value: '', label: t('incidents.filters.allTriggers') },
          ...triggerOrder.map((trigger) => ({ value: trigger, label: t(`incidents.triggerShort.${trigger}`) })),
        ]}
        w={160}
      />
      <DateBox
        label={t('incidents.filters.knownFrom')}
        fieldName={t('incidents.filters.knownFrom')}
        value={value.knownFrom}
        onChange={(next) => set('knownFrom', next)}
        error={errorOf('knownFrom')?.[language]}
        w={164}
      />
      <DateBox
        label={t('incidents.filters.knownTo')}
        fieldName={t('incidents.filters.knownTo')}
        value={value.knownTo}
        onChange={(next) => set('knownTo', next)}
        error={errorOf('knownTo')?.[language]}
        w={164}
      />
      <Checkbox
        label={t('incidents.filters.overdue')}
        title={t('incidents.filters.overdueHelp')}
        checked={value.overdue}
        onChange={(event) => set('overdue', event.currentTarget.checked)}
        className="wb-filters-check"
        data-filter="overdue"
      />
      {isFiltered(value) && (
        <Button variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={() => onChange(noFilters)} className="wb-filters-clear">
          {t('incidents.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
