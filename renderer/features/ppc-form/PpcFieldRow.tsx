import { Badge, Button, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/contract/settings';
import type { PpcFormField } from '../../../shared/report/ppc-form';

interface Props {
  field: PpcFormField;
  /** The labels' language (the screen's). */
  language: Language;
  /** The values' language (what is copied). */
  valueLanguage: Language;
  /** A 確報 compared with the filed 速報: the 速報's answer gets its own column. */
  compare: boolean;
  copied: boolean;
  onCopy: (field: PpcFormField) => void;
}

/** One field of the PPC form: its label (and item number), the value to paste, the 速報's answer, the copy button. */
export function PpcFieldRow({ field, language, valueLanguage, compare, copied, onCopy }: Props) {
  const { t } = useTranslation();
  const label = field.label[language];
  const labelId = `ppc-label-${field.key}`;
  const unknown = field.status === 'unknown';

  return (
    <div className="wb-ppc-row" role="group" aria-labelledby={labelId} data-field={field.key} data-copied={copied || undefined}>
      <div className="wb-ppc-label">
        {field.item !== null && (
          <Text span size="xs" c="gray.7" className="wb-ppc-item">
            {t('ppcForm.item', { n: field.item })}
          </Text>
        )}
        <Text id={labelId} size="sm" fw={700} lh={1.3}>
          {label}
        </Text>
        {compare && <ChangeBadge field={field} />}
      </div>
      {/* The values are in the language they are pasted in (the PPC's form is Japanese): marked so (issue 13 item 6). */}
      <div className="wb-ppc-value" data-status={field.status} lang={valueLanguage}>
        <Text size="sm" className="wb-ppc-text" c={unknown ? 'gray.7' : undefined} fs={unknown ? 'italic' : undefined}>
          {field.value[valueLanguage]}
        </Text>
      </div>
      {compare && (
        <div className="wb-ppc-filed">
          <Text size="xs" c="gray.7" className="wb-ppc-filed-label">
            {t('ppcForm.filedValue')}
          </Text>
          <Text size="sm" className="wb-ppc-text" c="gray.8" lang={valueLanguage}>
            {field.filed ? field.filed.value[valueLanguage] : '—'}
          </Text>
        </div>
      )}
      <div className="wb-ppc-action">
        <Button
          size="xs"
          variant={copied ? 'light' : 'default'}
          color={copied ? 'gray' : undefined}
          leftSection={copied ? <IconCheck size={14} aria-hidden="true" /> : <IconCopy size={14} aria-hidden="true" />}
          onClick={() => onCopy(field)}
          aria-label={t('ppcForm.copyField', { label })}
          aria-describedby={copied ? `${labelId}-copied` : undefined}
        >
          {t(copied ? 'ppcForm.copied' : 'ppcForm.copy')}
        </Button>
        {copied && (
          <span id={`${labelId}-copied`} hidden>
            {t('ppcForm.copied')}
          </span>
        )}
      </div>
    </div>
  );
}

/** 速報から変更 / 速報から引継ぎ / 速報後に追加: what happened to the answer since the 速報 was filed. */
function ChangeBadge({ field }: { field: PpcFormField }) {
  const { t } = useTranslation();
  if (field.carriedFromFiled) {
    return (
      <Badge size="sm" radius="sm" tt="none" variant="outline" color="gray">
        {t('ppcForm.carried')}
      </Badge>
    );
  }
  if (!field.changedSinceFiled) return null;
  return (
    <Badge size="sm" radius="sm" tt="none" variant="light" color="brand">
      {t(field.filed ? 'ppcForm.changed' : 'ppcForm.added')}
    </Badge>
  );
}
