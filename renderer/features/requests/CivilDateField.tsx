import type { FieldName } from '../../../shared/i18n/field-labels';
import { DateBox } from '../../components/form/DateBox';
import { useFieldProps } from '../../components/form/useFieldProps';
import type { Requirement } from '../../components/form/FieldLabel';
import type { RecordForm } from '../../lib/useRecordForm';

interface CivilDateFieldProps<V extends Record<string, unknown>> {
  form: RecordForm<V>;
  /** The form's key (steps.0.doneOn for a repeated row). */
  fieldKey: string;
  value: string | null;
  onChange: (value: string | null) => void;
  requirement?: Requirement | undefined;
  name?: FieldName;
  withHelp?: boolean;
  className?: string;
}

/**
 * A day of the calendar for the registers (received, answered, provided), held as 'YYYY-MM-DD' or null: the app's
 * one date field (DateBox: typed or picked, a named clear button, Esc closing only the calendar) with the form's label,
 * help and error.
 */
export function CivilDateField<V extends Record<string, unknown>>(props: CivilDateFieldProps<V>) {
  const { form, fieldKey, value, onChange, requirement, name, withHelp, className } = props;
  const fieldProps = useFieldProps(form);
  const wrapper = fieldProps(fieldKey, { requirement, name, withHelp });
  return (
    <DateBox
      {...wrapper}
      fieldName={wrapper['aria-label']}
      className={className ?? 'wb-field-date'}
      value={value}
      onChange={(next) => onChange(next === '' ? null : next)}
      onBlur={() => form.touch(fieldKey)}
    />
  );
}
