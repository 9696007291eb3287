import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TransmissionRow } from '../../../shared/policy/model';
import { FieldText } from './FieldText';
import { RowsEditor } from './RowsEditor';

interface TransmissionsEditorProps {
  rows: TransmissionRow[];
  readOnly: boolean;
  onChange: (rows: TransmissionRow[]) => void;
}

const emptyRow: TransmissionRow = { tool: '', recipient: '', dataSentJa: '', dataSentEn: '', purposeJa: '', purposeEn: '', optOutUrl: '' };

/** External transmission (Telecommunications Business Act Art. 27-12): tool, recipient, data sent, purpose, opt-out. */
export function TransmissionsEditor({ rows, readOnly, onChange }: TransmissionsEditorProps) {
  const { t } = useTranslation();
  return (
    <RowsEditor
      title={t('policies.structured.transmissions')}
      rows={rows}
      readOnly={readOnly}
      onChange={onChange}
      newRow={() => ({ ...emptyRow })}
      addLabel={t('policies.structured.addTransmission')}
      renderRow={(row, set) => {
        const input = (field: keyof TransmissionRow, label: string, lang?: 'ja' | 'en') =>
          lang ? (
            <FieldText
              label={t('policies.editor.inLang', { label, lang: t(`policies.editor.${lang}`) })}
              lang={lang}
              value={row[field]}
              readOnly={readOnly}
              onChange={(value) => set({ [field]: value })}
            />
          ) : (
            <TextInput label={label} value={row[field]} readOnly={readOnly} onChange={(event) => set({ [field]: event.currentTarget.value })} />
          );
        return (
          <Stack gap={6} className="wb-grow">
            <SimpleGrid cols={3} spacing="sm">
              {input('tool', t('policies.structured.tool'))}
              {input('recipient', t('policies.structured.recipient'))}
              {input('optOutUrl', t('policies.structured.optOut'))}
            </SimpleGrid>
            <SimpleGrid cols={2} spacing="sm">
              {input('dataSentJa', t('policies.structured.dataSent'), 'ja')}
              {input('dataSentEn', t('policies.structured.dataSent'), 'en')}
              {input('purposeJa', t('policies.structured.purpose'), 'ja')}
              {input('purposeEn', t('policies.structured.purpose'), 'en')}
            </SimpleGrid>
          </Stack>
        );
      }}
    />
  );
}
