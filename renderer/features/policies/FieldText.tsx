import { Textarea } from '@mantine/core';

interface FieldTextProps {
  label: string;
  lang: 'ja' | 'en';
  value: string;
  readOnly: boolean;
  onChange: (value: string) => void;
}

/** One text of a structured policy section: grows with its text, marked with its language for fonts and spelling. */
export function FieldText({ label, lang, value, readOnly, onChange }: FieldTextProps) {
  return <Textarea label={label} lang={lang} value={value} readOnly={readOnly} autosize minRows={1} onChange={(event) => onChange(event.currentTarget.value)} />;
}
