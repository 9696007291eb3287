import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RowsEditorProps<T> {
  title: string;
  help?: string;
  className?: string;
  rows: T[];
  readOnly: boolean;
  onChange: (rows: T[]) => void;
  /** What 「追加」 appends. */
  newRow: () => T;
  addLabel: string;
  /** One row's fields; `set` merges a change into that row. */
  renderRow: (row: T, set: (patch: Partial<T>) => void) => ReactNode;
}

/** A list of structured rows in a policy section (purposes, destinations abroad, transmissions): edit, remove, add. */
export function RowsEditor<T>({ title, help, className, rows, readOnly, onChange, newRow, addLabel, renderRow }: RowsEditorProps<T>) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<T>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Stack gap={8} className={className}>
      <Text size="sm" fw={700}>
        {title}
      </Text>
      {help && (
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      )}
      {rows.map((row, index) => (
        <Paper key={index} withBorder p="xs" className="wb-pol-row">
          <Group align="flex-start" gap="sm" wrap="nowrap">
            {renderRow(row, (patch) => set(index, patch))}
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
          <Button size="compact-sm" variant="default" leftSection={<IconPlus size={14} />} onClick={() => onChange([...rows, newRow()])}>
            {addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
