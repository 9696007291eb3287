import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { normalize } from '../../lib/normalizers';
import type { RecordForm } from '../../lib/useRecordForm';
import type { CompanyFormValues } from './companyFormValues';

/**
 * The company's identity, address, representative, protection manager and contact details: what
 * Art. 32(1)(i) puts in every policy; the 法人番号, 業種 and contact person a breach report's reporter block asks
 * for (appi.md §3). Japanese and English pairs sit side by side.
 */
export function CompanyFields({ form }: { form: RecordForm<CompanyFormValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <FormSection title={t('companies.sections.basics')}>
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TextField form={form} name="legalNameJa" requirement="required" autoComplete="organization" />
          <TextField form={form} name="legalNameEn" />
          <TextField form={form} name="corporateNumber" normalize={normalize.corporateNumber} inputMode="numeric" />
          <TextField form={form} name="industry" />
        </SimpleGrid>
      </FormSection>

      <FormSection title={t('companies.sections.address')}>
        <Stack gap="md">
          <div className="wb-field-narrow">
            <TextField form={form} name="postalCode" normalize={normalize.postalCode} inputMode="numeric" autoComplete="postal-code" />
          </div>
          <TextField form={form} name="addressJa" />
          <TextField form={form} name="addressEn" />
        </Stack>
      </FormSection>

      <FormSection title={t('companies.sections.representative')} description={t('companies.representativeHelp')}>
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TextField form={form} name="representativeTitleJa" />
          <TextField form={form} name="representativeNameJa" />
          <TextField form={form} name="representativeTitleEn" />
          <TextField form={form} name="representativeNameEn" />
        </SimpleGrid>
      </FormSection>

      <FormSection title={t('companies.sections.manager')} description={t('companies.managerHelp')}>
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TextField form={form} name="protectionManagerTitle" />
          <TextField form={form} name="protectionManagerName" />
        </SimpleGrid>
      </FormSection>

      <FormSection title={t('companies.sections.contact')}>
        <Stack gap="md" className="wb-field-medium">
          <TextField form={form} name="phone" normalize={normalize.phone} inputMode="tel" autoComplete="tel" />
          <TextField form={form} name="email" normalize={normalize.email} inputMode="email" autoComplete="email" />
          <TextField form={form} name="website" normalize={normalize.url} inputMode="url" autoComplete="url" />
        </Stack>
      </FormSection>

      <FormSection title={t('companies.sections.reportContact')} description={t('companies.reportContactHelp')}>
        <SimpleGrid cols={3} spacing="lg" verticalSpacing="md">
          <TextField form={form} name="contactDepartment" />
          <TextField form={form} name="contactTitle" />
          <TextField form={form} name="contactName" />
        </SimpleGrid>
      </FormSection>
    </>
  );
}
