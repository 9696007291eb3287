import { SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldName } from '../../../shared/i18n/field-labels';
import { fieldHelp } from '../../i18n/field-help';
import { fieldLabel } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import { fieldDomId } from './useFieldProps';

type FactKeys<V> = { [K in keyof V]: V[K] extends boolean | null ? K : never }[keyof V] & string & FieldName;

interface TriStateFieldProps<V extends Record<string, unknown>> {
  form: RecordForm<V>;
  name: FactKeys<V>;
  /** A caption other than the field's shared label (e.g. a question about items outside the list). */
  label?: string | undefined;
  help?: string | undefined;
  /** Settled elsewhere (e.g. by a listed item): shown as that answer, with `note` saying why. */
  settled?: boolean | undefined;
  note?: string | undefined;
}

type Answer = 'yes' | 'no' | 'unknown';

function toAnswer(value: boolean | null): Answer {
  return value === null ? 'unknown' : value ? 'yes' : 'no';
}

/**
 * A fact that may not be known yet: はい / いいえ / 未確認. "Not known" is an answer of its own (null),
 * never read as "no": the assessment then names the fact as one still to find out.
 */
export function TriStateField<V extends Record<string, unknown>>(props: TriStateFieldProps<V>) {
  const { form, name, label, help, settled, note } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const caption = label ?? fieldLabel(name, language);
  const helpText = help ?? fieldHelp[name]?.help?.[language];
  const error = form.errorAt(name);
  const value = settled ? 'yes' : toAnswer(form.values[name] as boolean | null);

  return (
    <fieldset className="wb-fieldset" id={fieldDomId(name)}>
      <legend className="wb-legend">{caption}</legend>
      {helpText && !settled && (
        <Text size="xs" c="gray.7" mb={6}>
          {helpText}
        </Text>
      )}
      {settled ? (
        // Settled elsewhere: said in words rather than as a greyed-out control whose choice is hard to see.
        <Text size="sm" className="wb-tristate-settled">
          <Text span fw={700} size="sm">
            {t('incidents.triState.yes')}
          </Text>
          {note && (
            <Text span size="xs" c="gray.7" ml={8}>
              {note}
            </Text>
          )}
        </Text>
      ) : (
        <SegmentedControl
          size="sm"
          color="brand"
          value={value}
          onChange={(answer) => {
            form.setField(name, (answer === 'unknown' ? null : answer === 'yes') as V[typeof name]);
            form.touch(name);
          }}
          data={(['yes', 'no', 'unknown'] as const).map((answer) => ({ value: answer, label: t(`incidents.triState.${answer}`) }))}
          className="wb-tristate"
        />
      )}
      {error && (
        <Text size="xs" c="red.8" mt={4} role="alert">
          {error[language]}
        </Text>
      )}
    </fieldset>
  );
}
