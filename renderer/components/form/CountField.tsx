import { TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { LocalizedText } from '../../../shared/errors';
import { labelOf, type FieldName } from '../../../shared/i18n/field-labels';
import { fillTemplate, validationMessages } from '../../../shared/i18n/validation-messages';
import { formatCount, parseTypedCount } from '../../../shared/validation/normalize';
import type { RecordForm } from '../../lib/useRecordForm';
import type { Requirement } from './FieldLabel';
import { useFieldProps } from './useFieldProps';

type CountKeys<V> = { [K in keyof V]: V[K] extends number | null ? K : never }[keyof V] & string & FieldName;

interface CountFieldProps<V extends Record<string, unknown>> {
  form: RecordForm<V>;
  name: CountKeys<V>;
  requirement?: Requirement | undefined;
  disabled?: boolean;
  className?: string;
  /** 名 / people, shown inside the field's right edge. */
  unit?: ReactNode;
}

const shown = (value: number | null) => (value === null ? '' : formatCount(value));

function notACount(name: FieldName): LocalizedText {
  return fillTemplate(validationMessages.count, { field: labelOf(name) });
}

/**
 * A whole number typed as people type it — １，２００, 1,200, 1200名 — held by the form as 1200 and shown as 1,200
 * once the field is left. The text is never erased: what is not a count (1.5, 約1200) stays as typed, with the
 * field's error, and blocks a save; the form meanwhile holds null, so nothing reads a number that was not given.
 */
export function CountField<V extends Record<string, unknown>>({ form, name, requirement, disabled, className, unit }: CountFieldProps<V>) {
  const fieldProps = useFieldProps(form);
  const value = form.values[name] as number | null;
  const [draft, setDraft] = useState(() => ({ text: shown(value), value }));
  // A value set elsewhere (a reload, a cleared count): shown as it now stands.
  if (draft.value !== value) setDraft({ text: shown(value), value });

  const apply = (text: string) => {
    const typed = parseTypedCount(text);
    const next = typed.kind === 'count' ? typed.value : null;
    setDraft({ text, value: next });
    form.setField(name, next as V[typeof name]);
    form.setDraftIssue(name, typed.kind === 'invalid' ? notACount(name) : null);
  };

  return (
    <TextInput
      {...fieldProps(name, { requirement })}
      className={className}
      disabled={disabled}
      inputMode="numeric"
      autoComplete="off"
      value={draft.text}
      onChange={(event) => apply(event.currentTarget.value)}
      onBlur={() => {
        if (draft.value !== null && draft.text !== shown(draft.value)) setDraft({ text: shown(draft.value), value: draft.value });
        form.touch(name);
      }}
      rightSection={unit}
    />
  );
}
