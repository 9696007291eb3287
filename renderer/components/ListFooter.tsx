import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../lib/useLanguage';
import { formatNumber } from '../lib/format';

interface ListFooterProps {
  total: number;
  /** The core stopped counting at `total` (COUNT_CAP): shown as 「10,000件以上」 / "10,000+". */
  totalCapped?: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** Under a table: how many records there are and, when they do not fit one page, the pages. */
export function ListFooter({ total, totalCapped = false, page, pageSize, onPage }: ListFooterProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed" className="wb-num">
        {pages > 1
          ? t(totalCapped ? 'common.paginationCapped' : 'common.pagination', {
              from: formatNumber(from, language),
              to: formatNumber(to, language),
              total: formatNumber(total, language),
            })
          : t(totalCapped ? 'common.totalCapped' : 'common.total', { n: formatNumber(total, language) })}
      </Text>
      {pages > 1 && (
        <Pagination
          size="sm"
          total={pages}
          value={page}
          onChange={onPage}
          getControlProps={(control) => ({
            'aria-label': control === 'previous' ? t('common.previousPage') : control === 'next' ? t('common.nextPage') : undefined,
          })}
          getItemProps={(item) => ({ 'aria-label': t('common.pageControl', { page: item }) })}
        />
      )}
    </Group>
  );
}
