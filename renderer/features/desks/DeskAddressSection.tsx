import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { normalize } from '../../lib/normalizers';
import type { RecordForm } from '../../lib/useRecordForm';
import type { DeskFormValues } from './deskFormValues';

/** Where written complaints go, when it differs from the company's address. */
export function DeskAddressSection({ form }: { form: RecordForm<DeskFormValues> }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('desks.sections.address')}>
      <Stack gap="md">
        <div className="wb-field-narrow">
          <TextField form={form} name="postalCode" normalize={normalize.postalCode} inputMode="numeric" />
        </div>
        <TextField form={form} name="addressJa" />
        <TextField form={form} name="addressEn" />
      </Stack>
    </FormSection>
  );
}
