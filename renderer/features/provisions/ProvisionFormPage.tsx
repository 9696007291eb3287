import { useRead } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { ProvisionForm } from './ProvisionForm';

/** /provisions/new and /provisions/:id; keyed by revision like the other forms, so a save starts from what was stored. */
export function ProvisionFormPage({ id }: { id: number | null }) {
  const record = useRead('provisions.get', { id: id ?? 0 }, { enabled: id !== null });
  const companies = useRead('companies.list', { limit: 500 });
  const pending = companies.isPending || (id !== null && record.isPending);
  const error = companies.error ?? (id !== null ? record.error : null);
  if (pending || error || !companies.data) {
    return (
      <QueryState
        isPending={pending}
        error={error}
        onRetry={() => {
          void companies.refetch();
          if (id !== null) void record.refetch();
        }}
      />
    );
  }
  if (id === null || !record.data) return <ProvisionForm record={null} companies={companies.data.items} onReload={() => undefined} />;
  return <ProvisionForm key={`${record.data.id}:${record.data.revision}`} record={record.data} companies={companies.data.items} onReload={() => void record.refetch()} />;
}
