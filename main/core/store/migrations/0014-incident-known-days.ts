import type { Migration } from './migration';

/**
 * How many incidents were known on each Japan-time day, kept by triggers: a day range's size is then a sum over its
 * days (half a year: 182 rows) instead of a count of its incidents (at 100k, 25,000 index entries, ~1.5 ms), so the
 * list can weigh its plans for a day range without reading the range (store/incidents-list-plan.ts dayRangePlan). Stored
 * instants are all +09:00, so the first ten characters of known_at are the Japan-time day. No personal data: a day
 * and a number (store/incident-known-days.ts).
 */
export const incidentKnownDays: Migration = {
  version: 14,
  name: 'incident-known-days',
  up(db) {
    db.exec(`
      CREATE TABLE incident_known_days (
        day TEXT PRIMARY KEY,
        incidents INTEGER NOT NULL CHECK (incidents >= 0)
      ) WITHOUT ROWID;

      -- The counts of the incidents already there, written out (not imported) so this step stays as released.
      INSERT INTO incident_known_days (day, incidents)
        SELECT substr(known_at, 1, 10), count(*) FROM incidents GROUP BY substr(known_at, 1, 10);

      CREATE TRIGGER incident_known_days_insert AFTER INSERT ON incidents
      BEGIN
        INSERT INTO incident_known_days (day, incidents) VALUES (substr(NEW.known_at, 1, 10), 1)
          ON CONFLICT (day) DO UPDATE SET incidents = incidents + 1;
      END;

      CREATE TRIGGER incident_known_days_delete AFTER DELETE ON incidents
      BEGIN
        UPDATE incident_known_days SET incidents = incidents - 1 WHERE day = substr(OLD.known_at, 1, 10);
        DELETE FROM incident_known_days WHERE day = substr(OLD.known_at, 1, 10) AND incidents = 0;
      END;

      CREATE TRIGGER incident_known_days_update AFTER UPDATE OF known_at ON incidents
        WHEN substr(OLD.known_at, 1, 10) <> substr(NEW.known_at, 1, 10)
      BEGIN
        UPDATE incident_known_days SET incidents = incidents - 1 WHERE day = substr(OLD.known_at, 1, 10);
        DELETE FROM incident_known_days WHERE day = substr(OLD.known_at, 1, 10) AND incidents = 0;
        INSERT INTO incident_known_days (day, incidents) VALUES (substr(NEW.known_at, 1, 10), 1)
          ON CONFLICT (day) DO UPDATE SET incidents = incidents + 1;
      END;
    `);
  },
};
