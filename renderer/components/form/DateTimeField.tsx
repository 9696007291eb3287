import { Group, Text, TextInput } from '@mantine/core';
import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/errors';
import { labelOf, type FieldName } from '../../../shared/i18n/field-labels';
import { fieldHelp } from '../../i18n/field-help';
import { fieldLabel } from '../../lib/fieldLabel';
import { joinJapanInstant, parseTypedTime, splitJapanInstant } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import { DateBox } from './DateBox';
import { FieldLabel, type Requirement } from './FieldLabel';
import { fieldDomId } from './useFieldProps';

type InstantKeys<V> = { [K in keyof V]: V[K] extends string | null ? K : never }[keyof V] & string & FieldName;

interface DateTimeFieldProps<V extends Record<string, unknown>> {
  form: RecordForm<V>;
  name: InstantKeys<V>;
  requirement?: Requirement | undefined;
  /** Help other than the shared one for this field. */
  help?: string | undefined;
}

function bothLanguages(key: 'incidents.dateMissing' | 'incidents.timeMissing', name: FieldName): LocalizedText {
  return {
    ja: i18next.t(key, { lng: 'ja', field: labelOf(name).ja }),
    en: i18next.t(key, { lng: 'en', field: labelOf(name).en }),
  };
}

/**
 * An instant entered as a date (YYYY/MM/DD, typed or picked) and a 24-hour time, both in Japan time and
 * labelled so (UI guide, "Dates"), held by the form as 2026-12-28T23:30:00+09:00. Both empty is "not
 * known" (null). Half an entry keeps the last whole value and reports what is missing, which blocks a save.
 */
export function DateTimeField<V extends Record<string, unknown>>({ form, name, requirement, help }: DateTimeFieldProps<V>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [draft, setDraft] = useState(() => splitJapanInstant(form.values[name] as string | null));
  const label = fieldLabel(name, language);
  const error = form.errorAt(name);
  const helpText = help ?? fieldHelp[name]?.help?.[language];
  const id = fieldDomId(name);

  const apply = (date: string, time: string) => {
    setDraft({ date, time });
    const parsedTime = parseTypedTime(time);
    if (date === '' && time.trim() === '') {
      form.setDraftIssue(name, null);
      form.setField(name, null as V[typeof name]);
    } else if (date !== '' && parsedTime) {
      form.setDraftIssue(name, null);
      form.setField(name, joinJapanInstant(date, parsedTime) as V[typeof name]);
    } else {
      form.setDraftIssue(name, bothLanguages(date === '' ? 'incidents.dateMissing' : 'incidents.timeMissing', name));
    }
  };

  return (
    <fieldset className="wb-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="wb-legend">
        <FieldLabel text={label} requirement={requirement} />
      </legend>
      {helpText && (
        <Text size="xs" c="gray.7" mb={6}>
          {helpText}
        </Text>
      )}
      <Group gap="sm" align="center" wrap="nowrap">
        <DateBox
          id={id}
          fieldName={t('incidents.dateOf', { field: label })}
          aria-label={t('incidents.dateOf', { field: label })}
          aria-describedby={error ? `${id}-error` : undefined}
          className="wb-field-date"
          value={draft.date === '' ? null : draft.date}
          onChange={(value) => apply(value ?? '', draft.time)}
          onBlur={() => form.touch(name)}
          error={Boolean(error)}
        />
        <TextInput
          id={`${id}-time`}
          aria-label={t('incidents.timeOf', { field: label })}
          aria-describedby={error ? `${id}-error` : undefined}
          className="wb-field-clock"
          inputMode="numeric"
          autoComplete="off"
          value={draft.time}
          onChange={(event) => apply(draft.date, event.currentTarget.value)}
          onBlur={() => {
            const parsed = parseTypedTime(draft.time);
            if (parsed && parsed !== draft.time) apply(draft.date, parsed);
            form.touch(name);
          }}
          error={Boolean(error)}
        />
        <Text size="xs" c="gray.7" className="wb-japan-time">
          {t('incidents.japanTime')}
        </Text>
      </Group>
      {error && (
        <Text id={`${id}-error`} size="xs" c="red.8" mt={4} role="alert">
          {error[language]}
        </Text>
      )}
    </fieldset>
  );
}
