import { Button, Group, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contract/audit';
import { AppError } from '../../../shared/errors';
import { useClient } from '../../api/context';
import { useRead } from '../../api/hooks';
import { EmptyCell } from '../../components/EmptyCell';
import { EmptyNotice } from '../../components/EmptyNotice';
import { ListFooter } from '../../components/ListFooter';
import { QueryState } from '../../components/QueryState';
import { notifyDone, notifyFailure } from '../../lib/dialogs';
import { formatDateTime } from '../../lib/format';
import { rowActivation } from '../../lib/rowActivation';
import { useLanguage, useLocalize } from '../../lib/useLanguage';
import { saveExport } from '../exports';
import { AuditEntryDrawer } from './AuditEntryDrawer';
import { auditFilterInput, AuditFilters, noAuditFilters, type AuditFilterValues } from './AuditFilters';
import { AuditVerify } from './AuditVerify';
import { entityLabel } from './entityLabel';
import './audit.css';

const PAGE_SIZE = 50;

/** 操作履歴: the tamper check, then every write, newest first, in pages, filtered; a row opens what changed. */
export function AuditTrail() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalize();
  const client = useClient();
  const [filters, setFilters] = useState<AuditFilterValues>(noAuditFilters);
  const [debounced] = useDebouncedValue(filters.query.trim(), 250);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<AuditEntry | null>(null);
  const [exporting, setExporting] = useState(false);
  const input = auditFilterInput(filters, debounced);
  const list = useRead('audit.list', { ...input, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, { keepPrevious: true });
  const actors = useRead('audit.actors', {});
  const capabilities = useRead('files.capabilities', {});
  const rangeError = list.error?.code === 'validation' ? list.error : null;
  const errorOf = (field: 'from' | 'to') => (rangeError && rangeError.path[0] === field ? rangeError.text : undefined);
  const filtered = input.entity !== undefined || input.actor !== undefined || input.from !== undefined || input.to !== undefined || debounced !== '';

  const exportCsv = async () => {
    setExporting(true);
    try {
      const result = await client.invoke('audit.exportCsv', { ...input, lang: language });
      const outcome = await saveExport(client, result, { canSave: capabilities.data?.saveFile ?? false, openAfter: false });
      if (outcome.kind !== 'cancelled') notifyDone(t(outcome.kind === 'saved' ? 'exports.saved' : 'exports.downloaded', { name: result.fileName }));
    } catch (error) {
      notifyFailure(t('exports.failed'), error instanceof AppError ? error.text[language] : String(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <AuditVerify />
      <Group mb="sm" justify="space-between" align="center" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {t('settings.auditLead')}
        </Text>
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          loading={exporting}
          disabled={!list.data || list.data.total === 0}
          onClick={() => void exportCsv()}
          title={t('settings.auditCsvHelp')}
          style={{ flexShrink: 0 }}
        >
          {t('settings.auditCsv')}
        </Button>
      </Group>
      <AuditFilters
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
        actors={actors.data?.items ?? []}
        errorOf={errorOf}
      />
      {list.error && !rangeError && <QueryState isPending={false} error={list.error} onRetry={() => void list.refetch()} />}
      {!list.data ? (
        <QueryState isPending={list.isPending} error={null} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyNotice>{filtered ? t('settings.auditNoMatchFilters') : t('settings.auditEmpty')}</EmptyNotice>
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
                  <Table.Td className="wb-num">{formatDateTime(entry.at, language, { zone: false })}</Table.Td>
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
