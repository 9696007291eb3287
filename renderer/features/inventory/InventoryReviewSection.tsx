import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InventoryEntry } from '../../../shared/domain/inventory';
import { FormSection } from '../../components/form/FormSection';
import { useFieldProps } from '../../components/form/useFieldProps';
import type { RecordForm } from '../../lib/useRecordForm';
import { CivilDateField } from '../requests/CivilDateField';
import { DueTargetChip } from './DueTargetChip';
import type { InventoryFormValues } from './inventoryFormValues';

/** The annual review (JIS Q 15001's 見直し): when it was last done, how often, when next, and the mark for today. */
export function InventoryReviewSection({
  form,
  entry,
  onMarkReviewed,
  marking,
}: {
  form: RecordForm<InventoryFormValues>;
  entry: InventoryEntry | null;
  onMarkReviewed: (() => void) | undefined;
  marking: boolean;
}) {
  const { t } = useTranslation();
  const fieldProps = useFieldProps(form);
  return (
    <FormSection id="inventory-review" title={t('inventory.sections.review')}>
      <Stack gap="md">
        <Group align="flex-start" gap="lg">
          <CivilDateField form={form} fieldKey="lastReviewedOn" value={form.values.lastReviewedOn} onChange={(value) => form.setField('lastReviewedOn', value)} />
          <NumberInput
            {...fieldProps('reviewMonths', { requirement: 'required' })}
            className="wb-field-short"
            min={1}
            max={60}
            allowDecimal={false}
            value={form.values.reviewMonths}
            onChange={(value) => form.setField('reviewMonths', typeof value === 'number' ? value : Number(value))}
            onBlur={() => form.touch('reviewMonths')}
          />
        </Group>
        {entry && (
          <Group gap="md">
            <Text size="sm">{t('inventory.next')}</Text>
            <DueTargetChip due={entry.nextReviewOn} neverLabel={t('inventory.neverReviewed')} />
            {onMarkReviewed && (
              <Button variant="light" size="xs" leftSection={<IconCheck size={14} />} loading={marking} onClick={onMarkReviewed}>
                {t('inventory.markReviewed')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </FormSection>
  );
}
