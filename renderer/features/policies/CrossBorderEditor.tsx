import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CrossBorderDestination } from '../../../shared/policy/model';
import { FieldText } from './FieldText';
import { RowsEditor } from './RowsEditor';

interface CrossBorderEditorProps {
  rows: CrossBorderDestination[];
  readOnly: boolean;
  onChange: (rows: CrossBorderDestination[]) => void;
}

type Item = 'country' | 'regime' | 'measures';

const emptyRow: CrossBorderDestination = { countryJa: '', countryEn: '', regimeJa: '', regimeEn: '', measuresJa: '', measuresEn: '' };

/**
 * Provision to third parties abroad (Art. 28(2); Rule Art. 17(2)): one row per destination country, with the
 * country's system for protecting personal information and the measures the recipient takes.
 */
export function CrossBorderEditor({ rows, readOnly, onChange }: CrossBorderEditorProps) {
  const { t } = useTranslation();
  return (
    <RowsEditor
      title={t('policies.structured.crossBorder.title')}
      help={t('policies.structured.crossBorder.help')}
      className="wb-pol-cross-border"
      rows={rows}
      readOnly={readOnly}
      onChange={onChange}
      newRow={() => ({ ...emptyRow })}
      addLabel={t('policies.structured.crossBorder.add')}
      renderRow={(row, set) => {
        const input = (item: Item, lang: 'ja' | 'en') => {
          const field = `${item}${lang === 'ja' ? 'Ja' : 'En'}` as keyof CrossBorderDestination;
          return (
            <FieldText
              label={t('policies.editor.inLang', { label: t(`policies.structured.crossBorder.${item}`), lang: t(`policies.editor.${lang}`) })}
              lang={lang}
              value={row[field]}
              readOnly={readOnly}
              onChange={(value) => set({ [field]: value })}
            />
          );
        };
        return (
          <SimpleGrid cols={2} spacing="sm" className="wb-grow">
            {input('country', 'ja')}
            {input('country', 'en')}
            {input('regime', 'ja')}
            {input('regime', 'en')}
            {input('measures', 'ja')}
            {input('measures', 'en')}
          </SimpleGrid>
        );
      }}
    />
  );
}
