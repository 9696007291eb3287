import { ActionIcon, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { personCategoryLabels } from '../../../shared/policy/labels';
import type { PurposeRow } from '../../../shared/policy/model';
import { personCategories, type PersonCategory } from '../../../shared/policy/vocabulary';
import { useLanguage } from '../../lib/useLanguage';

interface PurposeRowsEditorProps {
  rows: PurposeRow[];
  readOnly: boolean;
  onChange: (rows: PurposeRow[]) => void;
}

/** Purposes of use (Art. 17(1), 21(1)), one row per purpose, optionally for one category of persons. */
export function PurposeRowsEditor({ rows, readOnly, onChange }: PurposeRowsEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = (index: number, patch: Partial<PurposeRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <Stack gap={8}>
      <Text size="sm" fw={700}>
        {t('policies.structured.purposes')}
      </Text>
      {rows.map((row, index) => (
        <Paper key={index} withBorder p="xs" className="wb-pol-row">
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <NativeSelect
              label={t('policies.structured.category')}
              value={row.category ?? ''}
              disabled={readOnly}
              onChange={(event) => set(index, { category: event.currentTarget.value === '' ? null : (event.currentTarget.value as PersonCategory) })}
              data={[
                { value: '', label: t('policies.structured.allPersons') },
                ...personCategories.map((value) => ({ value, label: personCategoryLabels[value][language] })),
              ]}
              w={196}
              className="wb-no-shrink"
            />
            <SimpleGrid cols={2} spacing="sm" className="wb-grow">
              <Textarea
                label={t('policies.structured.purposeJa')}
                lang="ja"
                value={row.purposeJa}
                readOnly={readOnly}
                autosize
                minRows={1}
                onChange={(event) => set(index, { purposeJa: event.currentTarget.value })}
              />
              <Textarea
                label={t('policies.structured.purposeEn')}
                lang="en"
                value={row.purposeEn}
                readOnly={readOnly}
                autosize
                minRows={1}
                onChange={(event) => set(index, { purposeEn: event.currentTarget.value })}
              />
            </SimpleGrid>
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={24}
                aria-label={t('policies.structured.removeRow')}
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        </Paper>
      ))}
      {!readOnly && (
        <Group>
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...rows, { category: null, purposeJa: '', purposeEn: '' }])}
          >
            {t('policies.structured.addPurpose')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
