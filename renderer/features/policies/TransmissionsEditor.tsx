import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TransmissionRow } from '../../../shared/policy/model';

interface TransmissionsEditorProps {
  rows: TransmissionRow[];
  readOnly: boolean;
  onChange: (rows: TransmissionRow[]) => void;
}

const emptyRow: TransmissionRow = { tool: '', recipient: '', dataSentJa: '', dataSentEn: '', purposeJa: '', purposeEn: '', optOutUrl: '' };

/** External transmission (Telecommunications Business Act Art. 27-12): tool, recipient, data sent, purpose, opt-out. */
export function TransmissionsEditor({ rows, readOnly, onChange }: TransmissionsEditorProps) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<TransmissionRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const input = (index: number, field: keyof TransmissionRow, label: string, lang?: 'ja' | 'en') =>
    lang ? (
      <Textarea
        label={t('policies.editor.inLang', { label, lang: t(`policies.editor.${lang}`) })}
        lang={lang}
        value={rows[index]![field]}
        readOnly={readOnly}
        autosize
        minRows={1}
        onChange={(event) => set(index, { [field]: event.currentTarget.value })}
      />
    ) : (
      <TextInput label={label} value={rows[index]![field]} readOnly={readOnly} onChange={(event) => set(index, { [field]: event.currentTarget.value })} />
    );

  return (
    <Stack gap={8}>
      <Text size="sm" fw={700}>
        {t('policies.structured.transmissions')}
      </Text>
      {rows.map((_, index) => (
        <Paper key={index} withBorder p="xs" className="wb-pol-row">
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <Stack gap={6} className="wb-grow">
              <SimpleGrid cols={3} spacing="sm">
                {input(index, 'tool', t('policies.structured.tool'))}
                {input(index, 'recipient', t('policies.structured.recipient'))}
                {input(index, 'optOutUrl', t('policies.structured.optOut'))}
              </SimpleGrid>
              <SimpleGrid cols={2} spacing="sm">
                {input(index, 'dataSentJa', t('policies.structured.dataSent'), 'ja')}
                {input(index, 'dataSentEn', t('policies.structured.dataSent'), 'en')}
                {input(index, 'purposeJa', t('policies.structured.purpose'), 'ja')}
                {input(index, 'purposeEn', t('policies.structured.purpose'), 'en')}
              </SimpleGrid>
            </Stack>
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={24}
                aria-label={t('policies.structured.removeRow')}
                onClick={() => onChange(rows.filter((__, i) => i !== index))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        </Paper>
      ))}
      {!readOnly && (
        <Group>
          <Button size="compact-sm" variant="default" leftSection={<IconPlus size={14} />} onClick={() => onChange([...rows, { ...emptyRow }])}>
            {t('policies.structured.addTransmission')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
