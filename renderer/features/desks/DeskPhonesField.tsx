import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../../lib/fieldLabel';
import { fieldDomId } from '../../components/form/useFieldProps';
import { fieldHelp } from '../../i18n/field-help';
import { normalize } from '../../lib/normalizers';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import type { DeskFormValues, DeskPhoneValues } from './deskFormValues';

const MAX_PHONES = 10;

/**
 * A desk's phone numbers: as many rows as it has (a main line, a toll-free line…), each a label
 * and a number normalised on blur. Errors arrive by path (phones.1.number) under their own input.
 */
export function DeskPhonesField({ form }: { form: RecordForm<DeskFormValues> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const phones = form.values.phones;
  const help = fieldHelp.phones;
  const groupError = form.errorAt('phones');

  const setPhone = (index: number, patch: Partial<DeskPhoneValues>) =>
    form.setField(
      'phones',
      phones.map((phone, i) => (i === index ? { ...phone, ...patch } : phone)),
    );

  return (
    <fieldset className="wb-fieldset">
      <legend className="wb-legend">{fieldLabel('phones', language)}</legend>
      {help && (
        <Text size="xs" c="gray.7" mb={6}>
          {help.help?.[language]}
          <br />
          {help.example && t('common.example', { value: help.example[language] })}
        </Text>
      )}
      <Stack gap="sm">
        {phones.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('desks.phonesEmpty')}
          </Text>
        )}
        {phones.length > 0 && (
          // Visible column labels; each input also carries its own name with the row number.
          <Group gap="sm" wrap="nowrap" aria-hidden="true" mb={-8}>
            <Text size="sm" fw={700} w={160}>
              {fieldLabel('label', language)}
            </Text>
            <Text size="sm" fw={700}>
              {fieldLabel('number', language)}
              <span className="wb-tag wb-tag-required">{t('common.required')}</span>
            </Text>
          </Group>
        )}
        {phones.map((phone, index) => {
          const n = index + 1;
          const labelError = form.errorAt(`phones.${index}.label`);
          const numberError = form.errorAt(`phones.${index}.number`);
          return (
            <Group key={index} gap="sm" align="flex-start" wrap="nowrap">
              <TextInput
                id={fieldDomId(`phones.${index}.label`)}
                aria-label={t('desks.phoneLabel', { n })}
                value={phone.label}
                onChange={(event) => setPhone(index, { label: event.currentTarget.value })}
                onBlur={() => form.touch(`phones.${index}.label`)}
                error={labelError?.[language]}
                w={160}
              />
              <TextInput
                id={fieldDomId(`phones.${index}.number`)}
                aria-label={t('desks.phoneNumber', { n })}
                required
                inputMode="tel"
                value={phone.number}
                onChange={(event) => setPhone(index, { number: event.currentTarget.value })}
                onBlur={() => {
                  const normalized = normalize.phone(phone.number);
                  if (normalized !== phone.number) setPhone(index, { number: normalized });
                  form.touch(`phones.${index}.number`);
                }}
                error={numberError?.[language]}
                w={320}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size={36}
                aria-label={t('desks.phoneRemove', { n })}
                onClick={() => form.setField('phones', phones.filter((_, i) => i !== index))}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          );
        })}
        {groupError && (
          <Text size="xs" c="red.8" role="alert">
            {groupError[language]}
          </Text>
        )}
        <div>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} />}
            disabled={phones.length >= MAX_PHONES}
            onClick={() => form.setField('phones', [...phones, { label: '', number: '' }])}
          >
            {t('desks.phoneAdd')}
          </Button>
        </div>
      </Stack>
    </fieldset>
  );
}
