import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/errors';
import { DateBox } from '../../components/form/DateBox';
import { useLanguage } from '../../lib/useLanguage';
import { auditEntities, entityLabel } from './entityLabel';

export interface AuditFilterValues {
  query: string;
  entity: string;
  actor: string;
  from: string | null;
  to: string | null;
}

export const noAuditFilters: AuditFilterValues = { query: '', entity: '', actor: '', from: null, to: null };

/** The filters as the contract takes them: '' and null mean "any". */
export function auditFilterInput(values: AuditFilterValues, query: string) {
  return {
    query,
    ...(values.entity ? { entity: values.entity } : {}),
    ...(values.actor ? { actor: values.actor } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  };
}

interface Props {
  value: AuditFilterValues;
  onChange: (value: AuditFilterValues) => void;
  actors: string[];
  errorOf: (field: 'from' | 'to') => LocalizedText | undefined;
}

/** Search, kind of record, who, and the days (Japan time, both included). */
export function AuditFilters({ value, onChange, actors, errorOf }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = <K extends keyof AuditFilterValues>(key: K, next: AuditFilterValues[K]) => onChange({ ...value, [key]: next });
  const filtered = value.query !== '' || value.entity !== '' || value.actor !== '' || value.from !== null || value.to !== null;

  return (
    <Group align="flex-start" gap="md" mb="md" className="wb-filters">
      <TextInput
        label={t('settings.auditSearch')}
        type="search"
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={value.query}
        onChange={(event) => set('query', event.currentTarget.value)}
        w={200}
      />
      <NativeSelect
        label={t('settings.auditFilters.entity')}
        value={value.entity}
        onChange={(event) => set('entity', event.currentTarget.value)}
        data={[{ value: '', label: t('settings.auditFilters.allEntities') }, ...auditEntities.map((entity) => ({ value: entity, label: entityLabel(entity, t) }))]}
        w={170}
      />
      <NativeSelect
        label={t('settings.auditFilters.actor')}
        value={value.actor}
        onChange={(event) => set('actor', event.currentTarget.value)}
        data={[{ value: '', label: t('settings.auditFilters.allActors') }, ...actors.map((actor) => ({ value: actor, label: actor }))]}
        w={170}
      />
      <DateBox
        label={t('settings.auditFilters.from')}
        fieldName={t('settings.auditFilters.from')}
        value={value.from}
        onChange={(next) => set('from', next)}
        error={errorOf('from')?.[language]}
        w={150}
      />
      <DateBox
        label={t('settings.auditFilters.to')}
        fieldName={t('settings.auditFilters.to')}
        value={value.to}
        onChange={(next) => set('to', next)}
        error={errorOf('to')?.[language]}
        w={150}
      />
      {filtered && (
        <Button variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={() => onChange(noAuditFilters)} className="wb-filters-clear">
          {t('settings.auditFilters.clear')}
        </Button>
      )}
    </Group>
  );
}
