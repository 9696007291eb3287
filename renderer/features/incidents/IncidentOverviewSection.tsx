import { Alert, Group, NativeSelect, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/domain/company';
import { breachKinds, certainties } from '../../../shared/domain/incident';
import { canMove, incidentStatuses, statusLabels, type IncidentStatus } from '../../../shared/domain/incident-status';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { useFieldProps } from '../../components/form/useFieldProps';
import { capitalize } from '../../lib/fieldLabel';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import type { IncidentFormValues } from './incidentFormValues';

interface Props {
  form: RecordForm<IncidentFormValues>;
  companies: Company[];
  /** The stored status (null for a new incident): the moves allowed from it are offered. */
  storedStatus: IncidentStatus | null;
}

/** 概要: what happened to whose data, where the incident stands, and how it came to light. */
export function IncidentOverviewSection({ form, companies, storedStatus }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const companyProps = fieldProps('companyId', { requirement: 'required' });
  const statusProps = fieldProps('status', { requirement: 'required' });
  const kindProps = fieldProps('breachKind', { requirement: 'required' });
  const certaintyProps = fieldProps('certainty', { requirement: 'required' });

  return (
    <FormSection id="incident-overview" title={t('incidents.sections.overview')}>
      <Stack gap="md">
        {companies.length === 0 && (
          <Alert color="orange" variant="light">
            {t('incidents.needCompany')}
          </Alert>
        )}
        <TextField form={form} name="title" requirement="required" />
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <NativeSelect
            {...companyProps}
            description={t('incidents.companyHelp')}
            value={form.values.companyId === null ? '' : String(form.values.companyId)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              form.setField('companyId', value === '' ? null : Number(value));
            }}
            onBlur={() => form.touch('companyId')}
            data={[
              { value: '', label: t('desks.chooseCompany') },
              ...companies.map((company) => ({ value: String(company.id), label: companyDisplayName(company, language) })),
            ]}
          />
          <NativeSelect
            {...statusProps}
            value={form.values.status}
            onChange={(event) => form.setField('status', event.currentTarget.value as IncidentStatus)}
            data={incidentStatuses.map((status) => ({
              value: status,
              label: capitalize(statusLabels[status][language]),
              disabled: !canMove(storedStatus, status),
            }))}
          />
        </SimpleGrid>
        <Radio.Group
          label={kindProps.label}
          description={kindProps.description}
          error={kindProps.error}
          value={form.values.breachKind}
          onChange={(value) => form.setField('breachKind', value as IncidentFormValues['breachKind'])}
        >
          <Group gap="lg" mt={6}>
            {breachKinds.map((kind) => (
              <Radio key={kind} value={kind} label={t(`incidents.breachKinds.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Radio.Group
          label={certaintyProps.label}
          description={certaintyProps.description}
          error={certaintyProps.error}
          value={form.values.certainty}
          onChange={(value) => form.setField('certainty', value as IncidentFormValues['certainty'])}
        >
          <Group gap="lg" mt={6}>
            {certainties.map((certainty) => (
              <Radio key={certainty} value={certainty} label={t(`incidents.certainties.${certainty}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TextField form={form} name="discoveredBy" />
        <TextField form={form} name="howDiscovered" multiline />
      </Stack>
    </FormSection>
  );
}
