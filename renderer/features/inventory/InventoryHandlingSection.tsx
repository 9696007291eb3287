import { Radio, Group, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { acquisitionKinds, storageMedia, type StorageMedium } from '../../../shared/domain/inventory';
import { acquisitionLabels, mediumLabels } from '../../../shared/domain/register-labels';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { useFieldProps } from '../../components/form/useFieldProps';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import { ChoiceField } from '../requests/ChoiceField';
import type { InventoryFormValues } from './inventoryFormValues';

/** How the data came in, where and how it is kept, who may see it, how long, and how it is disposed of. */
export function InventoryHandlingSection({ form }: { form: RecordForm<InventoryFormValues> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const medium = fieldProps('storageMedium', { requirement: 'required' });
  return (
    <FormSection id="inventory-handling" title={t('inventory.sections.handling')}>
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <ChoiceField
            form={form}
            name="acquisition"
            requirement="required"
            className="wb-field-wide"
            options={acquisitionKinds.map((value) => ({ value, label: acquisitionLabels[value][language] }))}
          />
          <TextField form={form} name="acquisitionNote" />
        </SimpleGrid>
        <Radio.Group label={medium.label} error={medium.error} value={form.values.storageMedium} onChange={(value) => form.setField('storageMedium', value as StorageMedium)}>
          <Group gap="lg" mt={6}>
            {storageMedia.map((value) => (
              <Radio key={value} value={value} label={mediumLabels[value][language]} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TextField form={form} name="storageSystem" />
          <TextField form={form} name="storageLocation" />
          <TextField form={form} name="storageCountry" />
          <TextField form={form} name="accessScope" />
          <TextField form={form} name="retention" />
          <TextField form={form} name="disposal" />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
