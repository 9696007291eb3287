import { Checkbox, Chip, Group, MultiSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { deskLanguages, weekdays, type DeskLanguage, type Weekday } from '../../../shared/domain/desk';
import { fieldLabel } from '../../lib/fieldLabel';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { useFieldProps } from '../../components/form/useFieldProps';
import { languageName, weekdayName } from '../../lib/format';
import { normalize } from '../../lib/normalizers';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import type { DeskFormValues } from './deskFormValues';

/** When the desk answers (days, holidays, hours) and in which languages: what the policy states. */
export function DeskReceptionSection({ form }: { form: RecordForm<DeskFormValues> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const daysError = form.errorAt('receptionDays');

  return (
    <FormSection title={t('desks.sections.reception')}>
      <Stack gap="md">
        <fieldset className="wb-fieldset">
          <legend className="wb-legend">{fieldLabel('receptionDays', language)}</legend>
          <Chip.Group
            multiple
            value={form.values.receptionDays}
            onChange={(value) => form.setField('receptionDays', weekdays.filter((day) => value.includes(day)) as Weekday[])}
          >
            <Group gap={6}>
              {weekdays.map((day) => (
                <Chip key={day} value={day} size="sm" radius="sm" variant="outline">
                  {weekdayName(day, language)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {daysError && (
            <Text size="xs" c="red.8" mt={4}>
              {daysError[language]}
            </Text>
          )}
        </fieldset>
        <Checkbox
          label={fieldLabel('closedOnHolidays', language)}
          description={t('desks.closedOnHolidaysHelp')}
          checked={form.values.closedOnHolidays}
          onChange={(event) => form.setField('closedOnHolidays', event.currentTarget.checked)}
        />
        <fieldset className="wb-fieldset">
          <legend className="wb-legend">{t('desks.hours')}</legend>
          <Text size="xs" c="gray.7" mb={6}>
            {t('desks.hoursHelp')}
          </Text>
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <div className="wb-field-time">
              <TextField form={form} name="hoursFrom" normalize={normalize.time} inputMode="numeric" withHelp={false} />
            </div>
            <Text size="sm" className="wb-range-separator" aria-hidden="true">
              {t('desks.hoursSeparator')}
            </Text>
            <div className="wb-field-time">
              <TextField form={form} name="hoursTo" normalize={normalize.time} inputMode="numeric" withHelp={false} />
            </div>
          </Group>
        </fieldset>
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TextField form={form} name="receptionNoteJa" multiline />
          <TextField form={form} name="receptionNoteEn" multiline />
        </SimpleGrid>
        <MultiSelect
          {...fieldProps('languages')}
          className="wb-field-medium"
          value={form.values.languages}
          onChange={(value) => form.setField('languages', value as DeskLanguage[])}
          onBlur={() => form.touch('languages')}
          data={deskLanguages.map((code) => ({ value: code, label: languageName(code, language) }))}
          comboboxProps={{ withinPortal: true }}
          hidePickedOptions
        />
      </Stack>
    </FormSection>
  );
}
