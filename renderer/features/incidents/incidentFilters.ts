import type { Trigger } from '../../../shared/appi/reportability';
import type { IncidentStatus } from '../../../shared/domain/incident-status';

/** What the incident list is filtered by; the text search is debounced before it is sent. */
export interface IncidentFilterValues {
  query: string;
  status: IncidentStatus[];
  companyId: number | null;
  trigger: Trigger | null;
  /** Japan-time days of knowing, 'YYYY-MM-DD', inclusive. */
  knownFrom: string | null;
  knownTo: string | null;
  /** Only incidents with a statutory deadline (速報 limit, 確報 due date) missed. */
  overdue: boolean;
}

export const noFilters: IncidentFilterValues = {
  query: '',
  status: [],
  companyId: null,
  trigger: null,
  knownFrom: null,
  knownTo: null,
  overdue: false,
};

export function isFiltered(filters: IncidentFilterValues): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.status.length > 0 ||
    filters.companyId !== null ||
    filters.trigger !== null ||
    filters.knownFrom !== null ||
    filters.knownTo !== null ||
    filters.overdue
  );
}

/** The filters as the contract's `incidents.list` input (without the page). */
export function filtersToInput(filters: IncidentFilterValues, query: string) {
  return {
    query,
    status: filters.status,
    companyId: filters.companyId ?? undefined,
    trigger: filters.trigger ?? undefined,
    knownFrom: filters.knownFrom ?? undefined,
    knownTo: filters.knownTo ?? undefined,
    overdue: filters.overdue,
    sort: 'nextDeadline' as const,
  };
}
