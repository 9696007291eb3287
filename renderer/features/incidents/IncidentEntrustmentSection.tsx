import { Checkbox, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../components/form/DateTimeField';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import type { RecordForm } from '../../lib/useRecordForm';
import type { IncidentFormValues } from './incidentFormValues';

/**
 * 委託: whether we handle the data as an entrustee and, if so, whom we notified and when — the record that
 * says "we are the entrustee; we notified <controller> on <date>" (APPI Art. 26(1) proviso; Rule Art. 9) — and,
 * the other way round, whether it happened at an entrustee of ours, which the PPC form asks (appi.md §3).
 */
export function IncidentEntrustmentSection({ form }: { form: RecordForm<IncidentFormValues> }) {
  const { t } = useTranslation();
  const entrustee = form.values.weAreEntrustee;
  return (
    <FormSection id="incident-entrustment" title={t('incidents.sections.entrustment')}>
      <Stack gap="md">
        <Checkbox
          label={t('incidents.entrusteeCheckbox')}
          description={t('incidents.entrusteeHelp')}
          checked={entrustee}
          onChange={(event) => form.setField('weAreEntrustee', event.currentTarget.checked)}
        />
        {entrustee && (
          <SimpleGrid cols={2} spacing="lg" verticalSpacing="md" className="wb-indented">
            <TextField form={form} name="entrustorName" />
            <DateTimeField form={form} name="entrustorNotifiedAt" requirement="optional" />
          </SimpleGrid>
        )}
        <Checkbox
          label={t('reportFields.entrusteeCheckbox')}
          description={t('reportFields.entrusteeHelp')}
          checked={form.values.weHaveEntrustee}
          onChange={(event) => form.setField('weHaveEntrustee', event.currentTarget.checked)}
        />
        {form.values.weHaveEntrustee && (
          <div className="wb-indented wb-field-medium">
            <TextField form={form} name="entrusteeName" />
          </div>
        )}
      </Stack>
    </FormSection>
  );
}
