import { useRead } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { RequestForm } from './RequestForm';

/** /requests/new (or /requests/new/desk/:id from a desk's page) and /requests/:id; keyed by revision like the other forms. */
export function RequestFormPage({ id, deskId }: { id: number | null; deskId: number | null }) {
  const request = useRead('requests.get', { id: id ?? 0 }, { enabled: id !== null });
  const companies = useRead('companies.list', { limit: 500 });
  const desks = useRead('desks.list', { limit: 500 });

  const pending = companies.isPending || desks.isPending || (id !== null && request.isPending);
  const error = companies.error ?? desks.error ?? (id !== null ? request.error : null);
  if (pending || error || !companies.data || !desks.data) {
    return (
      <QueryState
        isPending={pending}
        error={error}
        onRetry={() => {
          void companies.refetch();
          void desks.refetch();
          if (id !== null) void request.refetch();
        }}
      />
    );
  }
  const common = { companies: companies.data.items, desks: desks.data.items, deskId };
  if (id === null || !request.data) return <RequestForm request={null} {...common} onReload={() => undefined} />;
  return <RequestForm key={`${request.data.id}:${request.data.revision}`} request={request.data} {...common} onReload={() => void request.refetch()} />;
}
