import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { AppError } from '../../../shared/errors';
import { EmptyNotice } from '../../components/EmptyNotice';
import { ListFooter } from '../../components/ListFooter';
import { QueryState } from '../../components/QueryState';

interface Paged<T> {
  items: T[];
  total: number;
  totalCapped?: boolean | undefined;
}

interface RegisterResultsProps<T> {
  list: UseQueryResult<Paged<T>, AppError>;
  /** What an empty page says: no company yet, nothing matches the filters, or nothing recorded. */
  empty: string;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  table: (items: T[]) => ReactNode;
}

/** Under a register's filters: its error, its empty notice, or its table and page footer. */
export function RegisterResults<T>({ list, empty, page, pageSize, onPage, table }: RegisterResultsProps<T>) {
  return (
    <>
      {list.error && <QueryState isPending={false} error={list.error} onRetry={() => void list.refetch()} />}
      {list.data ? (
        list.data.items.length === 0 ? (
          <EmptyNotice>{empty}</EmptyNotice>
        ) : (
          <>
            {table(list.data.items)}
            <ListFooter total={list.data.total} totalCapped={list.data.totalCapped ?? false} page={page} pageSize={pageSize} onPage={onPage} />
          </>
        )
      ) : (
        <QueryState isPending={list.isPending} error={null} onRetry={() => void list.refetch()} />
      )}
    </>
  );
}
