import type { Migration } from './migration';

/**
 * The incident list's four walking indexes carry every column the list filters on (issue 15 row 1), so a filter is
 * decided inside the index: counting up to the list's cap reads no table row (the trigger filter alone read ~30,000
 * rows of ~450 bytes, 7.6 ms → 1.4 ms at 100k incidents), and a walk in deadline order looks up only the rows that
 * pass. The day-of-knowing ones also carry the folded search text, so a text filter's count reads them alone (a
 * common word over six months: 15.8 → 4.8 ms; store/incidents-list-plan.ts countSource): the text is stored once more,
 * ~6.6 MB per index at 100k short titles. The keys, and so the orders the list walks, are those of migration 0002.
 */
export const incidentListFilters: Migration = {
  version: 12,
  name: 'incident-list-filters',
  up(db) {
    db.exec(`
      DROP INDEX incidents_by_company_deadline;
      DROP INDEX incidents_by_deadline;
      DROP INDEX incidents_by_known;
      DROP INDEX incidents_by_company_known;
      CREATE INDEX incidents_by_company_deadline ON incidents
        (company_id, coalesce(next_deadline, '9999-12-31'), id, next_deadline_kind, status, triggers, reportable, known_at);
      CREATE INDEX incidents_by_deadline ON incidents
        (coalesce(next_deadline, '9999-12-31'), id, next_deadline_kind, status, triggers, reportable, known_at, company_id);
      CREATE INDEX incidents_by_known ON incidents
        (known_at, id, status, triggers, reportable, company_id, next_deadline_kind, next_deadline, search_text);
      CREATE INDEX incidents_by_company_known ON incidents
        (company_id, known_at, id, status, triggers, reportable, next_deadline_kind, next_deadline, search_text);
    `);
  },
};
