import { ActionIcon, Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dataItemCatalog, dataItemCodes, type DataItemCode } from '../../../shared/domain/incident-items';
import type { OtherHeldItem } from '../../../shared/domain/inventory';
import { FormSection } from '../../components/form/FormSection';
import { useFieldProps } from '../../components/form/useFieldProps';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import type { InventoryFormValues } from './inventoryFormValues';

/**
 * The items held, from the same catalogue an incident's items use (so a breach's items can be proposed from the
 * entries it touches); sensitive ones (要配慮個人情報) are marked. Items outside the list are added by name.
 */
export function InventoryItemsSection({ form }: { form: RecordForm<InventoryFormValues> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const others = form.values.otherHeldItems;
  const setOthers = (next: OtherHeldItem[]) => form.setField('otherHeldItems', next);
  const change = (index: number, patch: Partial<OtherHeldItem>) => setOthers(others.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <FormSection id="inventory-items" title={t('inventory.sections.items')}>
      <Stack gap="md">
        <Checkbox.Group {...fieldProps('heldItems')} value={form.values.heldItems} onChange={(value) => form.setField('heldItems', value as DataItemCode[])}>
          <SimpleGrid cols={3} spacing="sm" verticalSpacing={8} mt={6}>
            {dataItemCodes.map((code) => (
              <Checkbox
                key={code}
                value={code}
                size="md"
                label={`${dataItemCatalog[code].label[language]}${dataItemCatalog[code].sensitive ? (language === 'ja' ? '（要配慮）' : ' (sensitive)') : ''}`}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Text size="sm" fw={700}>
          {fieldProps('otherHeldItems')['aria-label']}
        </Text>
        {others.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('inventory.otherItemsEmpty')}
          </Text>
        )}
        {others.map((item, index) => (
          <Group key={index} align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              {...fieldProps(`otherHeldItems.${index}.itemName`, { requirement: 'required', withHelp: false })}
              value={item.itemName}
              onChange={(event) => change(index, { itemName: event.currentTarget.value })}
              onBlur={() => form.touch(`otherHeldItems.${index}.itemName`)}
              style={{ flex: 1 }}
            />
            <Checkbox
              mb={8}
              label={fieldProps('itemSensitive')['aria-label']}
              checked={item.itemSensitive}
              onChange={(event) => change(index, { itemSensitive: event.currentTarget.checked })}
            />
            <ActionIcon variant="subtle" color="gray" mb={4} aria-label={t('inventory.removeOtherItem', { n: index + 1 })} onClick={() => setOthers(others.filter((_, i) => i !== index))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setOthers([...others, { itemName: '', itemSensitive: false }])}>
            {t('inventory.addOtherItem')}
          </Button>
        </Group>
      </Stack>
    </FormSection>
  );
}
