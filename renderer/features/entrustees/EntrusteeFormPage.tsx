import { useRead } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { EntrusteeForm } from './EntrusteeForm';

/** /entrustees/new and /entrustees/:id, keyed by revision like the other forms. */
export function EntrusteeFormPage({ id }: { id: number | null }) {
  const entrustee = useRead('entrustees.get', { id: id ?? 0 }, { enabled: id !== null });
  const companies = useRead('companies.list', { limit: 500 });
  const pending = companies.isPending || (id !== null && entrustee.isPending);
  const error = companies.error ?? (id !== null ? entrustee.error : null);
  if (pending || error || !companies.data) {
    return (
      <QueryState
        isPending={pending}
        error={error}
        onRetry={() => {
          void companies.refetch();
          if (id !== null) void entrustee.refetch();
        }}
      />
    );
  }
  if (id === null || !entrustee.data) return <EntrusteeForm entrustee={null} companies={companies.data.items} onReload={() => undefined} />;
  return <EntrusteeForm key={`${entrustee.data.id}:${entrustee.data.revision}`} entrustee={entrustee.data} companies={companies.data.items} onReload={() => void entrustee.refetch()} />;
}
