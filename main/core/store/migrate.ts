import { APPLICATION_ID, type RawDB } from './connection';
import { latestVersion, migrations as released } from './migrations';
import type { Migration } from './migrations/migration';
import { readIntegerPragma, writeIntegerPragma } from './pragmas';

/**
 * Applies the pending migrations up to `target`, each in its own transaction together with the new
 * user_version, so a failure leaves the file at the last version that completed. Foreign keys are off
 * while migrating (SQLite's recipe for rebuilding a table) and checked before each commit instead.
 */
export function applyMigrations(
  db: RawDB,
  migrations: readonly Migration[] = released,
  target: number = latestVersion(migrations),
): number {
  const current = readIntegerPragma(db, 'user_version');
  const latest = latestVersion(migrations);
  if (current > latest) throw new Error(`user_version ${current} is newer than ${latest}`);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;

  db.pragma('foreign_keys = OFF');
  try {
    for (const migration of pending) {
      db.transaction(() => {
        migration.up(db);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) {
          throw new Error(`migration ${migration.version} (${migration.name}) left ${broken.length} broken references`);
        }
        if (readIntegerPragma(db, 'application_id') !== APPLICATION_ID) {
          writeIntegerPragma(db, 'application_id', APPLICATION_ID);
        }
        writeIntegerPragma(db, 'user_version', migration.version);
      }).immediate();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return readIntegerPragma(db, 'user_version');
}
