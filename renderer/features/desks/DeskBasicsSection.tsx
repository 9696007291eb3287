import { Alert, Group, NativeSelect, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import type { Company } from '../../../shared/domain/company';
import { deskKinds, type DeskKind } from '../../../shared/domain/desk';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { useFieldProps } from '../../components/form/useFieldProps';
import type { RecordForm } from '../../lib/useRecordForm';
import type { DeskFormValues } from './deskFormValues';

interface Props {
  form: RecordForm<DeskFormValues>;
  companies: Company[];
}

/**
 * Who runs the desk and what it is called. The company is a native <select>: a short list, fully
 * keyboard-operable, and named 「事業者」 exactly for assistive technology and tests.
 */
export function DeskBasicsSection({ form, companies }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const companyProps = fieldProps('companyId', { requirement: 'required' });
  const kindProps = fieldProps('kind', { requirement: 'required' });
  const noCompanies = companies.length === 0;

  return (
    <FormSection title={t('desks.sections.basics')}>
      <Stack gap="md">
        {noCompanies && (
          <Alert color="orange" variant="light">
            {t('desks.needCompany')}
          </Alert>
        )}
        <NativeSelect
          {...companyProps}
          className="wb-field-medium"
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
        <Radio.Group
          label={kindProps.label}
          error={kindProps.error}
          value={form.values.kind}
          onChange={(value) => form.setField('kind', value as DeskKind)}
        >
          <Group gap="lg" mt={6}>
            {deskKinds.map((kind) => (
              <Radio key={kind} value={kind} label={t(`desks.kinds.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TextField form={form} name="nameJa" requirement="required" />
          <TextField form={form} name="nameEn" />
          <TextField form={form} name="department" />
          <TextField form={form} name="personInCharge" />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
