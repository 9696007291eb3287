import { useRead } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { CompanyForm } from './CompanyForm';

/**
 * /companies/new and /companies/:id. The form is keyed by revision: after a save (or a reload after
 * a conflict) it starts again from what the core stored, so normalised values are what is shown.
 */
export function CompanyFormPage({ id }: { id: number | null }) {
  const company = useRead('companies.get', { id: id ?? 0 }, { enabled: id !== null });

  if (id === null) return <CompanyForm company={null} onReload={() => undefined} />;
  if (!company.data) {
    return <QueryState isPending={company.isPending} error={company.error} onRetry={() => void company.refetch()} />;
  }
  return (
    <CompanyForm
      key={`${company.data.id}:${company.data.revision}`}
      company={company.data}
      onReload={() => void company.refetch()}
    />
  );
}
