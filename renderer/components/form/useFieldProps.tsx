import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/errors';
import type { FieldName } from '../../../shared/i18n/field-labels';
import { fieldHelp } from '../../i18n/field-help';
import { fieldLabel } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import { FieldLabel, type Requirement } from './FieldLabel';

interface FieldOptions {
  /** The field whose label and help to use; defaults to the last named segment of the key. */
  name?: FieldName;
  /** A label other than the shared one (e.g. 「1件目の電話番号」 in a repeated row). */
  label?: LocalizedText;
  requirement?: Requirement | undefined;
  /** Help and example are left out in repeated rows, where they would repeat. */
  withHelp?: boolean | undefined;
}

export function fieldDomId(key: string): string {
  return `field-${key.replaceAll('.', '-')}`;
}

/**
 * The wrapper props every Mantine input in a form gets: the shared label (so labels and error
 * messages name a field the same way), help text and example line between label and field, the
 * 必須 tag, and the error under the field. The accessible name is the bare label, without the tag,
 * so assistive technology and tests find 「事業者名（日本語）」 exactly; `required` carries the rest.
 */
export function useFieldProps<V extends Record<string, unknown>>(form: RecordForm<V>) {
  const language = useLanguage();
  const { t } = useTranslation();

  return (key: string, options: FieldOptions = {}) => {
    const name = options.name ?? (key.split('.').filter((part) => !/^\d+$/.test(part)).at(-1) as FieldName);
    const text = options.label ? options.label[language] : fieldLabel(name, language);
    const help = options.withHelp === false ? undefined : fieldHelp[name];
    const error = form.errorAt(key);
    const description =
      help && (help.help || help.example) ? (
        <>
          {help.help && <span className="wb-help-line">{help.help[language]}</span>}
          {help.example && <ExampleLine text={t('common.example', { value: '\u0000' })} value={help.example[language]} />}
        </>
      ) : undefined;
    return {
      id: fieldDomId(key),
      label: <FieldLabel text={text} requirement={options.requirement} />,
      'aria-label': text,
      description,
      error: error?.[language],
      required: options.requirement === 'required',
      withAsterisk: false,
    };
  };
}

/**
 * 「入力例：…」 with the example marked in its own language: a Japanese example of a Japanese field stays Japanese on
 * an English screen, and says so to screen readers (issue 13 item 6).
 */
function ExampleLine({ text, value }: { text: string; value: string }) {
  const [before = '', after = ''] = text.split('\u0000');
  return (
    <span className="wb-help-line">
      {before}
      <span lang={/[\u3040-\u30ff\u3400-\u9fff]/u.test(value) ? 'ja' : undefined}>{value}</span>
      {after}
    </span>
  );
}
