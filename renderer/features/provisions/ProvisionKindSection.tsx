import { Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/domain/company';
import { provisionDirections, recordForms, type ProvisionDirection, type RecordForm as RecordFormKind } from '../../../shared/domain/provision-record';
import { FormSection } from '../../components/form/FormSection';
import { useFieldProps } from '../../components/form/useFieldProps';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import { ChoiceField } from '../requests/ChoiceField';
import type { ProvisionFormValues } from './provisionFormValues';

/** Provided or received, and which form the record takes (per provision, bundled, the contract as the record). */
export function ProvisionKindSection({ form, companies }: { form: RecordForm<ProvisionFormValues>; companies: Company[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const direction = fieldProps('direction', { requirement: 'required' });
  const recordForm = fieldProps('recordForm', { requirement: 'required' });
  return (
    <FormSection title={t('provisions.sections.record')}>
      <Stack gap="md">
        <ChoiceField
          form={form}
          name="companyId"
          withHelp={false}
          requirement="required"
          parse={(raw) => (raw === '' ? null : Number(raw))}
          options={[{ value: '', label: t('provisions.chooseCompany') }, ...companies.map((c) => ({ value: String(c.id), label: companyDisplayName(c, language) }))]}
        />
        <Radio.Group label={direction.label} error={direction.error} value={form.values.direction} onChange={(v) => form.setField('direction', v as ProvisionDirection)}>
          <Group gap="lg" mt={6}>
            {provisionDirections.map((value) => (
              <Radio key={value} value={value} label={t(`provisions.directions.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Radio.Group label={recordForm.label} error={recordForm.error} value={form.values.recordForm} onChange={(v) => form.setField('recordForm', v as RecordFormKind)}>
          <Stack gap={6} mt={6}>
            {recordForms.map((value) => (
              <Radio
                key={value}
                value={value}
                label={t(`provisions.forms.${value}`)}
                description={<Text span size="xs" c="dimmed">{t(`provisions.formHelp.${value}`)}</Text>}
              />
            ))}
          </Stack>
        </Radio.Group>
      </Stack>
    </FormSection>
  );
}
