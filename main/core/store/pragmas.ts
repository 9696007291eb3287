import type { RawDB } from './connection';

/**
 * PRAGMA values cannot be bound as parameters, so the two integer pragmas we set are written here, and
 * only here, from a checked integer: the one place SQL text is built from a value.
 */
type IntegerPragma = 'user_version' | 'application_id';

export function readIntegerPragma(db: RawDB, name: IntegerPragma): number {
  return Number(db.pragma(name, { simple: true }));
}

export function writeIntegerPragma(db: RawDB, name: IntegerPragma, value: number): void {
  if (!Number.isSafeInteger(value) || value < -0x80000000 || value > 0xffffffff) {
    throw new RangeError(`${name} must be a 32-bit integer, got ${value}`);
  }
  db.pragma(`${name} = ${value | 0}`);
}
