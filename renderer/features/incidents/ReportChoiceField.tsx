import { SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldName } from '../../../shared/i18n/field-labels';
import { fieldDomId } from '../../components/form/useFieldProps';
import { fieldLabel } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import type { IncidentFormValues } from './incidentFormValues';

type ChoiceKeys = 'medium' | 'secondaryDamage' | 'individualsResponse' | 'publication';

interface Props {
  form: RecordForm<IncidentFormValues>;
  name: ChoiceKeys & FieldName;
  /** The choices, with their words; '' (not chosen yet) is always offered first. */
  options: readonly { value: string; label: string }[];
  label?: string;
}

/**
 * One of the PPC form's fixed choices (the medium; items 5–7's yes / no / unknown and done / planned). "Not chosen"
 * is its own answer, kept as '' and printed as 確認中 in a report — never read as "no".
 */
export function ReportChoiceField({ form, name, options, label }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const error = form.errorAt(name);
  return (
    <fieldset className="wb-fieldset" id={fieldDomId(name)}>
      <legend className="wb-legend">{label ?? fieldLabel(name, language)}</legend>
      <SegmentedControl
        size="sm"
        color="brand"
        value={form.values[name]}
        onChange={(value) => {
          form.setField(name, value as IncidentFormValues[typeof name]);
          form.touch(name);
        }}
        data={[{ value: '', label: t('reportFields.notStated') }, ...options]}
        className="wb-tristate"
        aria-label={label ?? fieldLabel(name, language)}
      />
      {form.values[name] === '' && (
        <Text size="xs" c="gray.7" mt={4}>
          {t('reportFields.notStatedHelp')}
        </Text>
      )}
      {error && (
        <Text size="xs" c="red.8" mt={4} role="alert">
          {error[language]}
        </Text>
      )}
    </fieldset>
  );
}
