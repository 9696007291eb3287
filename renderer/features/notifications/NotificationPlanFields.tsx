import { Checkbox, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { derivedRecipient, type DueContext } from '../../../shared/domain/incident-due';
import type { NotificationKind } from '../../../shared/domain/incident-notification';
import { addresseeChoices, type AddresseeChoice } from '../../../shared/domain/notice-letter';
import { recipientText } from '../../../shared/i18n/recipients';
import { DateBox } from '../../components/form/DateBox';
import { TextField } from '../../components/form/TextField';
import { useFieldProps } from '../../components/form/useFieldProps';
import { fieldLabel } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';

export type PlanValues = {
  recipient: string;
  alternativeMeasure: boolean;
  method: string;
  dueDate: string | null;
  note: string;
  /** individuals_notice only: the letter's addressee ('' = not chosen) and a named addressee's name. */
  addressee: AddresseeChoice;
  addresseeName: string;
};

interface Props {
  /** Any form whose values include these (plan and edit dialogs). */
  form: RecordForm<PlanValues>;
  kind: NotificationKind;
  record: DueContext;
}

/**
 * What a planned notification says about itself. The PPC's and the entrustor's recipient and every derived
 * due date follow from the incident record, so only `other` takes a date, and those recipients are shown, not typed.
 */
export function NotificationPlanFields({ form, kind, record }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const derived = derivedRecipient(kind, record);
  const dueProps = fieldProps('dueDate', { requirement: 'optional' });
  const values = form.values;
  const set = form.setField;

  return (
    <Stack gap="md">
      {derived !== null ? (
        <div>
          <Text size="sm" fw={700}>
            {fieldProps('recipient').label}
          </Text>
          <Text size="sm">{derived ? recipientText(derived)[language] : '—'}</Text>
        </div>
      ) : (
        <TextField form={form} name="recipient" requirement="optional" />
      )}
      {kind === 'individuals_notice' && (
        <>
          <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
            <NativeSelect
              {...fieldProps('addressee', { requirement: 'optional' })}
              value={values.addressee}
              onChange={(event) => set('addressee', event.currentTarget.value as AddresseeChoice)}
              data={addresseeChoices.map((choice) => ({ value: choice, label: t(`letter.addressees.${choice || 'none'}`) }))}
            />
            {values.addressee === 'named' && <TextField form={form} name="addresseeName" requirement="required" />}
          </SimpleGrid>
          <Checkbox
            label={t('notifications.alternative')}
            checked={values.alternativeMeasure}
            onChange={(event) => set('alternativeMeasure', event.currentTarget.checked)}
          />
        </>
      )}
      <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
        <TextField form={form} name="method" requirement="optional" />
        {kind === 'other' && (
          <DateBox
            {...dueProps}
            fieldName={fieldLabel('dueDate', language)}
            value={values.dueDate}
            onChange={(value) => set('dueDate', value)}
            onBlur={() => form.touch('dueDate')}
          />
        )}
      </SimpleGrid>
      <TextField form={form} name="note" requirement="optional" multiline />
    </Stack>
  );
}
