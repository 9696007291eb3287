import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CrossBorderDestination } from '../../../shared/policy/model';

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
  const set = (index: number, patch: Partial<CrossBorderDestination>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const input = (index: number, item: Item, lang: 'ja' | 'en') => {
    const field = `${item}${lang === 'ja' ? 'Ja' : 'En'}` as keyof CrossBorderDestination;
    return (
      <Textarea
        label={t('policies.editor.inLang', { label: t(`policies.structured.crossBorder.${item}`), lang: t(`policies.editor.${lang}`) })}
        lang={lang}
        value={rows[index]![field]}
        readOnly={readOnly}
        autosize
        minRows={1}
        onChange={(event) => set(index, { [field]: event.currentTarget.value })}
      />
    );
  };

  return (
    <Stack gap={8} className="wb-pol-cross-border">
      <Text size="sm" fw={700}>
        {t('policies.structured.crossBorder.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('policies.structured.crossBorder.help')}
      </Text>
      {rows.map((_, index) => (
        <Paper key={index} withBorder p="xs" className="wb-pol-row">
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <SimpleGrid cols={2} spacing="sm" className="wb-grow">
              {input(index, 'country', 'ja')}
              {input(index, 'country', 'en')}
              {input(index, 'regime', 'ja')}
              {input(index, 'regime', 'en')}
              {input(index, 'measures', 'ja')}
              {input(index, 'measures', 'en')}
            </SimpleGrid>
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
            {t('policies.structured.crossBorder.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
