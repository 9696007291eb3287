import { Checkbox, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { provisionBases } from '../../../shared/domain/provision-record';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { useFieldProps } from '../../components/form/useFieldProps';
import type { RecordForm } from '../../lib/useRecordForm';
import { ChoiceField } from '../requests/ChoiceField';
import { CivilDateField } from '../requests/CivilDateField';
import type { ProvisionFormValues } from './provisionFormValues';

/** The other party, the dates, the person, the items and the basis; for a receipt, the Art. 30 confirmation. */
export function ProvisionContentSection({ form }: { form: RecordForm<ProvisionFormValues> }) {
  const { t } = useTranslation();
  const fieldProps = useFieldProps(form);
  const values = form.values;
  const received = values.direction === 'received';
  const ppc = fieldProps('ppcPublished');
  return (
    <>
      <FormSection title={received ? t('provisions.counterpartyReceived') : t('provisions.counterpartyProvided')}>
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TextField form={form} name="counterparty" requirement="required" />
          <TextField form={form} name="counterpartyRepresentative" />
          <TextField form={form} name="counterpartyAddress" requirement={received ? 'required' : undefined} />
        </SimpleGrid>
      </FormSection>
      <FormSection title={t('provisions.sections.content')}>
        <Stack gap="md">
          <SimpleGrid cols={3} spacing="lg" verticalSpacing="md">
            <CivilDateField form={form} fieldKey="firstOn" value={values.firstOn} onChange={(v) => form.setField('firstOn', v)} requirement="required" />
            {values.recordForm !== 'per_provision' && (
              <CivilDateField form={form} fieldKey="lastOn" value={values.lastOn} onChange={(v) => form.setField('lastOn', v)} />
            )}
            <CivilDateField form={form} fieldKey="recordedOn" value={values.recordedOn} onChange={(v) => form.setField('recordedOn', v)} />
          </SimpleGrid>
          <TextField form={form} name="person" requirement="required" />
          <TextField form={form} name="provisionItems" requirement="required" multiline />
          <ChoiceField form={form} name="provisionBasis" requirement="required" options={provisionBases.map((value) => ({ value, label: t(`provisions.bases.${value}`) }))} />
        </Stack>
      </FormSection>
      {received && (
        <FormSection title={t('provisions.sections.confirmation')}>
          <Stack gap="md">
            <TextField form={form} name="providerAcquisition" requirement="required" multiline />
            {values.provisionBasis === 'opt_out' && (
              <Checkbox
                id={ppc.id}
                label={ppc['aria-label']}
                error={ppc.error}
                checked={values.ppcPublished}
                onChange={(event) => form.setField('ppcPublished', event.currentTarget.checked)}
              />
            )}
          </Stack>
        </FormSection>
      )}
    </>
  );
}
