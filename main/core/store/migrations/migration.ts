import type { RawDB } from '../connection';

/**
 * One step of the schema's history. A migration is frozen once released: it names its own lists
 * (kinds, languages) instead of importing today's domain constants, so replaying it later gives the
 * same schema.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: RawDB): void;
}
