import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The real published policies the import and export tests use live in the project's shared folder beside this
 * repository (../shared/fixtures/policies), as on every developer's machine and in CI. Said plainly when absent.
 */
export const policyFixtureDir = path.resolve(__dirname, '..', '..', 'shared', 'fixtures', 'policies');

export function policyFixture(name: string): string {
  requireFixtureDir();
  return path.join(policyFixtureDir, name);
}

function requireFixtureDir(): void {
  if (!existsSync(policyFixtureDir)) {
    throw new Error(`Sample policies not found in ${policyFixtureDir}: these tests need the project's shared/ folder beside the repository.`);
  }
}

/** The names of every sample policy (.txt), sorted. */
export function policyFixtureNames(): string[] {
  requireFixtureDir();
  return readdirSync(policyFixtureDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}
