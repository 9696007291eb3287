import { useRead } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { DeskForm } from './DeskForm';

/**
 * /desks/new and /desks/:id. Waits for the companies too: a new desk of a one-company workspace
 * starts with that company chosen. Keyed by revision like the company form, for the same reason.
 */
export function DeskFormPage({ id }: { id: number | null }) {
  const desk = useRead('desks.get', { id: id ?? 0 }, { enabled: id !== null });
  const companies = useRead('companies.list', { limit: 500 });

  const pending = companies.isPending || (id !== null && desk.isPending);
  const error = companies.error ?? (id !== null ? desk.error : null);
  if (pending || error || !companies.data) {
    return (
      <QueryState
        isPending={pending}
        error={error}
        onRetry={() => {
          void companies.refetch();
          if (id !== null) void desk.refetch();
        }}
      />
    );
  }
  if (id === null || !desk.data) return <DeskForm desk={null} companies={companies.data.items} onReload={() => undefined} />;
  return (
    <DeskForm
      key={`${desk.data.id}:${desk.data.revision}`}
      desk={desk.data}
      companies={companies.data.items}
      onReload={() => void desk.refetch()}
    />
  );
}
