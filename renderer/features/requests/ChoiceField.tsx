import { NativeSelect } from '@mantine/core';
import type { FieldName } from '../../../shared/i18n/field-labels';
import type { Requirement } from '../../components/form/FieldLabel';
import { useFieldProps } from '../../components/form/useFieldProps';
import type { RecordForm } from '../../lib/useRecordForm';

interface ChoiceFieldProps<V extends Record<string, unknown>, K extends keyof V & FieldName> {
  form: RecordForm<V>;
  name: K;
  options: readonly { value: string; label: string }[];
  /** How the <select>'s text becomes the field's value (a number, null for ''). */
  parse?: (raw: string) => V[K];
  requirement?: Requirement | undefined;
  className?: string;
  withHelp?: boolean;
}

/**
 * A choice as a native <select>: short lists, fully keyboard-operable, named by the shared label so errors and
 * tests find it 「受付方法」 exactly.
 */
export function ChoiceField<V extends Record<string, unknown>, K extends keyof V & FieldName>(props: ChoiceFieldProps<V, K>) {
  const { form, name, options, parse, requirement, className, withHelp } = props;
  const fieldProps = useFieldProps(form);
  const value = form.values[name];
  return (
    <NativeSelect
      {...fieldProps(name, { requirement, withHelp })}
      className={className ?? 'wb-field-medium'}
      value={value === null || value === undefined ? '' : String(value)}
      onChange={(event) => {
        const raw = event.currentTarget.value;
        form.setField(name, parse ? parse(raw) : (raw as V[K]));
      }}
      onBlur={() => form.touch(name)}
      data={options}
    />
  );
}
