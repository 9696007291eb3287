import { NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { personCategoryLabels } from '../../../shared/policy/labels';
import type { PurposeRow } from '../../../shared/policy/model';
import { personCategories, type PersonCategory } from '../../../shared/policy/vocabulary';
import { useLanguage } from '../../lib/useLanguage';
import { FieldText } from './FieldText';
import { RowsEditor } from './RowsEditor';

interface PurposeRowsEditorProps {
  rows: PurposeRow[];
  readOnly: boolean;
  onChange: (rows: PurposeRow[]) => void;
}

/** Purposes of use (Art. 17(1), 21(1)), one row per purpose, optionally for one category of persons. */
export function PurposeRowsEditor({ rows, readOnly, onChange }: PurposeRowsEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <RowsEditor
      title={t('policies.structured.purposes')}
      rows={rows}
      readOnly={readOnly}
      onChange={onChange}
      newRow={() => ({ category: null, purposeJa: '', purposeEn: '' })}
      addLabel={t('policies.structured.addPurpose')}
      renderRow={(row, set) => (
        <>
          <NativeSelect
            label={t('policies.structured.category')}
            value={row.category ?? ''}
            disabled={readOnly}
            onChange={(event) => set({ category: event.currentTarget.value === '' ? null : (event.currentTarget.value as PersonCategory) })}
            data={[
              { value: '', label: t('policies.structured.allPersons') },
              ...personCategories.map((value) => ({ value, label: personCategoryLabels[value][language] })),
            ]}
            w={196}
            className="wb-no-shrink"
          />
          <SimpleGrid cols={2} spacing="sm" className="wb-grow">
            <FieldText
              label={t('policies.structured.purposeJa')}
              lang="ja"
              value={row.purposeJa}
              readOnly={readOnly}
              onChange={(value) => set({ purposeJa: value })}
            />
            <FieldText
              label={t('policies.structured.purposeEn')}
              lang="en"
              value={row.purposeEn}
              readOnly={readOnly}
              onChange={(value) => set({ purposeEn: value })}
            />
          </SimpleGrid>
        </>
      )}
    />
  );
}
