import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
} from '@tanstack/react-query';
import type { Input, OperationName, Output } from '../../shared/contract';
import type { AppError } from '../../shared/errors';
import { useClient } from './context';
import { switchesWorkspace } from './transport';

/** Query keys are [operation, input]: one key shape for every read, so a write can invalidate by name. */
export function operationKey<N extends OperationName>(operation: N, input: Input<N>) {
  return [operation, input] as const;
}

interface ReadOptions {
  enabled?: boolean;
  /** Keep showing the last page while a new search loads, so the table does not flash empty. */
  keepPrevious?: boolean;
}

export function useRead<N extends OperationName>(operation: N, input: Input<N>, options: ReadOptions = {}) {
  const client = useClient();
  return useQuery<Output<N>, AppError>({
    queryKey: operationKey(operation, input),
    queryFn: () => client.invoke(operation, input),
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}

/** Operations answered in pages: { items, total } for a limit and an offset. */
type PagedOperation = {
  [N in OperationName]: Output<N> extends { items: unknown[]; total: number }
    ? Input<N> extends { limit?: number; offset?: number }
      ? N
      : never
    : never;
}[OperationName];

/**
 * A paged read fetched a page at a time as a list scrolls (a virtualized table): one cache entry per
 * filter set holding every page loaded so far; the next page starts where the loaded rows end.
 */
export function useReadPages<N extends PagedOperation>(operation: N, input: Omit<Input<N>, 'limit' | 'offset'>, pageSize: number) {
  type Page = Output<N>;
  const paged = (page: Page) => page as unknown as { items: unknown[]; total: number; totalCapped?: boolean };
  const client = useClient();
  return useInfiniteQuery<Page, AppError, InfiniteData<Page, number>, readonly unknown[], number>({
    queryKey: [operation, input, 'pages', pageSize],
    queryFn: ({ pageParam }) => client.invoke(operation, { ...input, limit: pageSize, offset: pageParam } as Input<N>) as Promise<Page>,
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + paged(page).items.length, 0);
      // A capped total ("10,000+") is a floor: keep loading while pages come back.
      const more = loaded < paged(last).total || paged(last).totalCapped === true;
      return more && paged(last).items.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}

/**
 * A write. Every write also adds an audit entry and may change what lists show (a desk list names its
 * company), so on success every cached read is marked stale; only what is on screen refetches.
 * A workspace switch drops every cached answer instead: they belong to the other file.
 */
export function useWrite<N extends OperationName>(operation: N) {
  const client = useClient();
  const queryClient = useQueryClient();
  return useMutation<Output<N>, AppError, Input<N>>({
    mutationFn: (input) => client.invoke(operation, input),
    onSuccess: async (_output, input) => {
      if (switchesWorkspace(operation)) {
        await queryClient.resetQueries();
        return;
      }
      if (operation.endsWith('.delete')) {
        // The deleted record's own read would refetch into "not found" while the page navigates away; and the caller
        // navigates only after this returns, so the lists are refreshed without waiting: awaited, the record's page
        // could refetch into its "not found" state first and unmount the form that was to navigate (seen in e2e).
        const id = (input as { id: number }).id;
        queryClient.removeQueries({ queryKey: [operation.replace(/\.delete$/, '.get'), { id }] });
        void queryClient.invalidateQueries();
        return;
      }
      await queryClient.invalidateQueries();
    },
  });
}
