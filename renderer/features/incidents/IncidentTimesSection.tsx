import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../components/form/DateTimeField';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import type { RecordForm } from '../../lib/useRecordForm';
import type { IncidentFormValues } from './incidentFormValues';

/**
 * 日時: when it happened (may be unknown), when it was found, and when the business knew — the clock of
 * Rule Art. 8, distinct from both (appi.md §2) — with who knew. All in Japan time.
 */
export function IncidentTimesSection({ form }: { form: RecordForm<IncidentFormValues> }) {
  const { t } = useTranslation();
  return (
    <FormSection id="incident-times" title={t('incidents.sections.times')} description={t('incidents.timesHelp')}>
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <DateTimeField form={form} name="occurredAt" requirement="optional" />
          <DateTimeField form={form} name="discoveredAt" requirement="optional" />
        </SimpleGrid>
        <div className="wb-known-at">
          <DateTimeField form={form} name="knownAt" requirement="required" />
        </div>
        <div className="wb-field-medium">
          <TextField form={form} name="knownBy" />
        </div>
      </Stack>
    </FormSection>
  );
}
