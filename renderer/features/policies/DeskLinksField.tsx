import { MultiSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/useLanguage';

export interface DeskOption {
  id: number;
  nameJa: string;
  nameEn: string;
}

interface DeskLinksFieldProps {
  deskIds: number[];
  desks: DeskOption[];
  readOnly: boolean;
  onChange: (deskIds: number[]) => void;
}

/** The desks a section names, linked by id: the desk record stays the one source of its contact details. */
export function DeskLinksField({ deskIds, desks, readOnly, onChange }: DeskLinksFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = (desk: DeskOption) => (language === 'en' && desk.nameEn ? desk.nameEn : desk.nameJa);
  // A linked desk that is gone (or of another company) still shows, by number, so the link can be removed.
  const known = new Set(desks.map((desk) => desk.id));
  const data = [
    ...desks.map((desk) => ({ value: String(desk.id), label: name(desk) })),
    ...deskIds.filter((id) => !known.has(id)).map((id) => ({ value: String(id), label: `#${id}` })),
  ];
  return (
    <div>
      <MultiSelect
        label={t('policies.structured.desks')}
        description={t('policies.structured.desksHelp')}
        data={data}
        value={deskIds.map(String)}
        readOnly={readOnly}
        onChange={(values) => onChange(values.map(Number))}
        clearable={!readOnly}
        comboboxProps={{ withinPortal: true }}
        maw={560}
      />
      {desks.length === 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('policies.structured.noDesks')}
        </Text>
      )}
    </div>
  );
}
