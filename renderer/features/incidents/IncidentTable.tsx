import { Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { IncidentSummary } from '../../../shared/domain/incident-views';
import { useFillHeight } from '../../lib/useFillHeight';
import { useLanguage } from '../../lib/useLanguage';
import { useCompanyName } from '../../lib/useCompanyName';
import { IncidentRow } from './IncidentRow';

const ROW_HEIGHT = 53;
/** Ask for the next page this many rows before the loaded ones run out, so scrolling never waits. */
const PREFETCH_ROWS = 30;

interface Props {
  rows: IncidentSummary[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/**
 * The incident list as a virtualized table: only the rows in view (and a few around) are in the DOM, so
 * 100,000 incidents scroll as smoothly as 100. Spacer rows above and below keep the table's own layout
 * (column widths, sticky header, row semantics); pages of rows arrive as the end comes near.
 */
export function IncidentTable({ rows, total, hasMore, loadingMore, onLoadMore }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const companyName = useCompanyName();
  const [, navigate] = useLocation();
  const open = useCallback((id: number) => navigate(`/incidents/${id}`), [navigate]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Down to the window's bottom, leaving room for the count line under the list and the page's padding.
  const height = useFillHeight(scrollRef, 56);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read afresh on every render by design
  const virtualizer = useVirtualizer({
    count: hasMore ? rows.length + 1 : rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, onLoadMore]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div ref={scrollRef} className="wb-virtual-scroll" tabIndex={-1} style={{ height }}>
      <Table className="wb-table wb-virtual-table" highlightOnHover layout="fixed" verticalSpacing={6} horizontalSpacing="sm" aria-rowcount={total + 1}>
        <colgroup>
          <col />
          <col className="wb-col-status" />
          <col className="wb-col-triggers" />
          <col className="wb-col-known" />
          <col className="wb-col-deadline" />
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th>{t('incidents.columns.titleAndCompany')}</Table.Th>
            <Table.Th>{t('incidents.columns.status')}</Table.Th>
            <Table.Th>{t('incidents.columns.triggers')}</Table.Th>
            <Table.Th>{t('incidents.columns.knownAt')}</Table.Th>
            <Table.Th>{t('incidents.columns.nextDeadline')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="wb-spacer">
              <td colSpan={5} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            const incident = rows[item.index];
            if (!incident) {
              return (
                <Table.Tr key="loading" className="wb-virtual-row">
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed" role="status">
                      {t('incidents.loadingMore')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            }
            return (
              <IncidentRow
                key={incident.id}
                incident={incident}
                companyName={companyName(incident.companyId, incident.companyName)}
                rowIndex={item.index + 2}
                onOpen={open}
                language={language}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="wb-spacer">
              <td colSpan={5} style={{ height: paddingBottom }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
