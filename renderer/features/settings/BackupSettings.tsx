import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useRead } from '../../api/hooks';
import { FormSection } from '../../components/form/FormSection';
import { QueryState } from '../../components/QueryState';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/useLanguage';
import { BackupActions } from './BackupActions';
import { BackupAutoForm } from './BackupAutoForm';
import { BackupPreviewPanel } from './BackupPreviewPanel';
import { useBackupText } from './useBackupText';

/** Settings › ワークスペース, below the file: copies and the JSON data, automatic backups, and restoring one. */
export function BackupSettings() {
  const text = useBackupText();
  const language = useLanguage();
  const list = useRead('backup.list', {});
  const [selected, setSelected] = useState<string | null>(null);
  const chosen = list.data?.items.find((item) => item.path === selected) ?? null;

  return (
    <Stack gap="lg" data-section="backups">
      <BackupActions />
      {list.data ? <BackupAutoForm key={JSON.stringify(list.data.settings)} list={list.data} /> : null}
      <FormSection title={text.listTitle} description={text.listLead}>
        {!list.data ? (
          <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {text.empty}
          </Text>
        ) : (
          <Table className="wb-table" layout="fixed" verticalSpacing={6} horizontalSpacing="sm" withTableBorder aria-label={text.listTitle}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{text.columns.at}</Table.Th>
                <Table.Th w={120}>{text.columns.kind}</Table.Th>
                <Table.Th w={110}>{text.columns.size}</Table.Th>
                <Table.Th w={150}>{text.columns.actions}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((item) => (
                <Table.Tr key={item.path} aria-selected={item.path === selected} bg={item.path === selected ? 'var(--mantine-color-blue-light)' : undefined}>
                  <Table.Td title={item.path}>{formatDateTime(item.at, language)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={item.kind === 'automatic' ? 'gray' : 'blue'} radius="sm">
                      {text.kinds[item.kind]}
                    </Badge>
                  </Table.Td>
                  <Table.Td className="wb-num">{formatBytes(item.sizeBytes, language)}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="default" onClick={() => setSelected(item.path)} aria-label={language === 'ja' ? `${text.show}（${formatDateTime(item.at, language)}）` : `${text.show} (${formatDateTime(item.at, language)})`}>
                      {text.show}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {chosen && <BackupPreviewPanel key={chosen.path} item={chosen} />}
      </FormSection>
    </Stack>
  );
}
