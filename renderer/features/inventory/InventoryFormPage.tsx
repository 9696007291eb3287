import { useRead } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { InventoryForm } from './InventoryForm';

/** /inventory/new and /inventory/:id, keyed by revision so a reload (or the review mark) starts the form afresh. */
export function InventoryFormPage({ id }: { id: number | null }) {
  const entry = useRead('inventory.get', { id: id ?? 0 }, { enabled: id !== null });
  const companies = useRead('companies.list', { limit: 500 });
  const pending = companies.isPending || (id !== null && entry.isPending);
  const error = companies.error ?? (id !== null ? entry.error : null);
  if (pending || error || !companies.data) {
    return (
      <QueryState
        isPending={pending}
        error={error}
        onRetry={() => {
          void companies.refetch();
          if (id !== null) void entry.refetch();
        }}
      />
    );
  }
  if (id === null || !entry.data) return <InventoryForm entry={null} companies={companies.data.items} onReload={() => undefined} />;
  return <InventoryForm key={`${entry.data.id}:${entry.data.revision}`} entry={entry.data} companies={companies.data.items} onReload={() => void entry.refetch()} />;
}
