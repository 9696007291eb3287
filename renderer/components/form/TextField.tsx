import { Textarea, TextInput } from '@mantine/core';
import type { FieldName } from '../../../shared/i18n/field-labels';
import type { Normalizer } from '../../lib/normalizers';
import type { RecordForm } from '../../lib/useRecordForm';
import type { Requirement } from './FieldLabel';
import { useFieldProps } from './useFieldProps';

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string & FieldName;

interface TextFieldProps<V extends Record<string, unknown>> {
  form: RecordForm<V>;
  name: StringKeys<V>;
  requirement?: Requirement | undefined;
  /** Shows the stored form on blur (phone, postal code, e-mail, URL, time). */
  normalize?: Normalizer;
  multiline?: boolean;
  inputMode?: 'text' | 'tel' | 'email' | 'url' | 'numeric';
  autoComplete?: string;
  /** Leave out help and example where the surrounding group already gives them. */
  withHelp?: boolean;
}

/** One text field bound to a record form: label, help, error and blur-normalisation in one place. */
export function TextField<V extends Record<string, unknown>>(props: TextFieldProps<V>) {
  const { form, name, requirement, normalize, multiline, inputMode, autoComplete, withHelp } = props;
  const fieldProps = useFieldProps(form);
  const value = form.values[name] as string;
  const common = {
    ...fieldProps(name, { requirement, withHelp }),
    value,
    autoComplete: autoComplete ?? 'off',
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      form.setField(name, event.currentTarget.value as V[typeof name]),
    onBlur: () => {
      const normalized = normalize ? normalize(value) : value;
      if (normalized !== value) form.setField(name, normalized as V[typeof name]);
      form.touch(name);
    },
  };
  if (multiline) return <Textarea {...common} autosize minRows={2} maxRows={6} />;
  return <TextInput {...common} inputMode={inputMode} />;
}
