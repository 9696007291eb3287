import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import type { RecordForm } from '../../lib/useRecordForm';
import type { InventoryFormValues } from './inventoryFormValues';

/** The risks and the safety measures of Art. 23 in the guideline's four categories (通則編 10-2 … 10-5). */
export function InventoryMeasuresSection({ form }: { form: RecordForm<InventoryFormValues> }) {
  const { t } = useTranslation();
  return (
    <FormSection id="inventory-measures" title={t('inventory.sections.measures')} description={t('inventory.measuresHelp')}>
      <Stack gap="md">
        <TextField form={form} name="risks" multiline />
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TextField form={form} name="measuresOrganizational" multiline />
          <TextField form={form} name="measuresHuman" multiline />
          <TextField form={form} name="measuresPhysical" multiline />
          <TextField form={form} name="measuresTechnical" multiline />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
