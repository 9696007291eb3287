import { QueryClient } from '@tanstack/react-query';

/**
 * A local workspace changes only through this app, so nothing refetches on focus or retries: a
 * validation or not-found answer will not change by asking again, and a refetch under an open form
 * must not replace what someone is typing. Writes invalidate what they affect (api/hooks.ts).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
