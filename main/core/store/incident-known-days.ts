import { queryValue, type RawDB, type ReadableDB } from './connection';
import { sql, sqlWhere, type SqlFragment } from './sql';

/**
 * How many incidents were known on each Japan-time day (migration 0014), kept by triggers on incidents: a day
 * range's size is a sum over its days, read without reading the range. Derived data: the data export leaves it
 * out and an import builds it afresh.
 */
export const KNOWN_DAYS_TABLE = 'incident_known_days';

/** Stored instants are all +09:00, so the first ten characters of known_at are the Japan-time day. */
const DAY_OF_KNOWN_AT = 'substr(known_at, 1, 10)';

/** Builds the counts afresh from the incidents: the migration, and after a data import. */
export function rebuildKnownDays(db: RawDB): void {
  db.exec(`DELETE FROM ${KNOWN_DAYS_TABLE};
           INSERT INTO ${KNOWN_DAYS_TABLE} (day, incidents) SELECT ${DAY_OF_KNOWN_AT}, count(*) FROM incidents GROUP BY ${DAY_OF_KNOWN_AT}`);
}

/** The incidents known on the Japan-time days from–to (both included; either may be open). */
export function incidentsKnownIn(db: ReadableDB, range: { knownFrom?: string | undefined; knownTo?: string | undefined }): number {
  const days: SqlFragment[] = [];
  if (range.knownFrom !== undefined) days.push(sql`day >= ${range.knownFrom}`);
  if (range.knownTo !== undefined) days.push(sql`day <= ${range.knownTo}`);
  return queryValue<number>(db, sql`SELECT coalesce(sum(incidents), 0) FROM incident_known_days ${sqlWhere(days)}`) ?? 0;
}
