import { Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contract/audit';
import { useRead } from '../../api/hooks';
import { EmptyCell } from '../../components/EmptyCell';
import { EmptyNotice } from '../../components/EmptyNotice';
import { ListFooter } from '../../components/ListFooter';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/format';
import { rowActivation } from '../../lib/rowActivation';
import { useLanguage, useLocalize } from '../../lib/useLanguage';
import { AuditEntryDrawer } from './AuditEntryDrawer';
import { entityLabel } from './entityLabel';

const PAGE_SIZE = 50;

/** 操作履歴: every write, newest first, in pages; a row opens what changed. */
export function AuditTrail() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalize();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<AuditEntry | null>(null);
  const list = useRead('audit.list', { query: debounced, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, { keepPrevious: true });

  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.auditLead')}
      </Text>
      <Group mb="md" align="flex-end" justify="space-between">
        <TextInput
          label={t('settings.auditSearch')}
          type="search"
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setPage(1);
          }}
          w={280}
        />
      </Group>
      {list.error && <QueryState isPending={false} error={list.error} onRetry={() => void list.refetch()} />}
      {!list.data ? (
        <QueryState isPending={list.isPending} error={null} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyNotice>{debounced ? t('settings.auditNoMatch', { query: debounced }) : t('settings.auditEmpty')}</EmptyNotice>
      ) : (
        <>
          <Table className="wb-table" highlightOnHover withTableBorder layout="fixed" verticalSpacing={6} horizontalSpacing="sm">
            <colgroup>
              <col className="wb-col-datetime" />
              <col className="wb-col-actor" />
              <col />
              <col className="wb-col-actor" />
              <col className="wb-col-id" />
            </colgroup>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.auditColumns.at')}</Table.Th>
                <Table.Th>{t('settings.auditColumns.actor')}</Table.Th>
                <Table.Th>{t('settings.auditColumns.summary')}</Table.Th>
                <Table.Th>{t('settings.auditColumns.entity')}</Table.Th>
                <Table.Th className="wb-num-cell">{t('settings.auditColumns.entityId')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((entry) => (
                <Table.Tr key={entry.id} {...rowActivation(() => setSelected(entry))}>
                  <Table.Td className="wb-num">{formatDateTime(entry.at, language)}</Table.Td>
                  <Table.Td className="wb-truncate" title={entry.actor}>
                    {entry.actor}
                  </Table.Td>
                  <Table.Td className="wb-truncate">{localize(entry.summary)}</Table.Td>
                  <Table.Td className="wb-truncate">{entityLabel(entry.entity, t)}</Table.Td>
                  <Table.Td className="wb-num-cell">{entry.entityId ?? <EmptyCell />}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ListFooter total={list.data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
        </>
      )}
      <AuditEntryDrawer entry={selected} onClose={() => setSelected(null)} />
    </>
  );
}
