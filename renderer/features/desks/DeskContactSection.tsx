import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { normalize } from '../../lib/normalizers';
import type { RecordForm } from '../../lib/useRecordForm';
import { DeskPhonesField } from './DeskPhonesField';
import type { DeskFormValues } from './deskFormValues';

/** How individuals reach the desk: phones, e-mail, an inquiry form on the web. */
export function DeskContactSection({ form }: { form: RecordForm<DeskFormValues> }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('desks.sections.contact')}>
      <Stack gap="md">
        <DeskPhonesField form={form} />
        <div className="wb-field-medium">
          <TextField form={form} name="email" normalize={normalize.email} inputMode="email" />
        </div>
        <TextField form={form} name="inquiryFormUrl" normalize={normalize.url} inputMode="url" />
      </Stack>
    </FormSection>
  );
}
