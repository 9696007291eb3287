import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dataItemCatalog } from '../../../shared/domain/incident-items';
import type { InventorySummary } from '../../../shared/domain/inventory';
import { EmptyCell } from '../../components/EmptyCell';
import { formatNumber } from '../../lib/format';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { useCompanyName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { DueTargetChip } from './DueTargetChip';

/** Dense list of inventory entries: name (with the sensitive mark), department, people, items, next review. */
export function InventoryTable({ entries }: { entries: InventorySummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const companyName = useCompanyName();
  const itemsOf = (entry: InventorySummary) =>
    [...entry.heldItems.map((code) => dataItemCatalog[code].label[language]), ...entry.otherHeldItems.map((item) => item.itemName)].join(
      language === 'ja' ? '、' : ', ',
    );
  const columns: RecordColumn<InventorySummary>[] = [
    {
      header: t('inventory.columns.name'),
      className: 'wb-truncate',
      title: (entry) => entry.entryName,
      cell: (entry) => (
        <Group gap={6} wrap="nowrap">
          <Text span size="sm" fw={700} truncate>
            {entry.entryName}
          </Text>
          {entry.sensitive && (
            <Badge size="xs" variant="light" color="grape" radius="sm" tt="none">
              {t('inventory.sensitiveBadge')}
            </Badge>
          )}
        </Group>
      ),
    },
    { header: t('inventory.columns.company'), width: 'wb-col-company', className: 'wb-truncate', cell: (entry) => companyName(entry.companyId, entry.companyName) },
    { header: t('inventory.columns.department'), width: 'wb-col-dept', className: 'wb-truncate', cell: (entry) => entry.ownerDepartment || <EmptyCell /> },
    {
      header: t('inventory.columns.people'),
      width: 'wb-col-date',
      className: 'wb-num',
      cell: (entry) => (entry.peopleCount === null ? <EmptyCell /> : t('inventory.people', { n: formatNumber(entry.peopleCount, language) })),
    },
    { header: t('inventory.columns.items'), width: 'wb-col-email', className: 'wb-truncate', title: itemsOf, cell: (entry) => itemsOf(entry) || <EmptyCell /> },
    { header: t('inventory.columns.review'), width: 'wb-col-due-target', cell: (entry) => <DueTargetChip due={entry.nextReviewOn} neverLabel={t('inventory.neverReviewed')} /> },
  ];
  return <RecordTable rows={entries} columns={columns} href={(entry) => `/inventory/${entry.id}`} />;
}
