import { DateInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import type { FieldName } from '../../../shared/i18n/field-labels';
import { useFieldProps } from '../../components/form/useFieldProps';
import type { Requirement } from '../../components/form/FieldLabel';
import { parseTypedDate } from '../../lib/japanDates';
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
 * A day of the calendar for the registers (received, answered, provided): typed as 2026/12/28 (or 2026-12-28,
 * 20261228) or picked, shown as 2026/12/28 (UI guide, "Dates"), held as 'YYYY-MM-DD' or null.
 */
export function CivilDateField<V extends Record<string, unknown>>(props: CivilDateFieldProps<V>) {
  const { form, fieldKey, value, onChange, requirement, name, withHelp, className } = props;
  const fieldProps = useFieldProps(form);
  return (
    <DateInput
      {...fieldProps(fieldKey, { requirement, name, withHelp })}
      className={className ?? 'wb-field-date'}
      value={value}
      onChange={(next) => onChange(next === '' ? null : next)}
      onBlur={() => form.touch(fieldKey)}
      valueFormat="YYYY/MM/DD"
      dateParser={parseTypedDate}
      clearable
      leftSection={<IconCalendar size={16} aria-hidden="true" />}
      popoverProps={{ withinPortal: true }}
    />
  );
}
