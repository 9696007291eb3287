// Every kind of record the core writes to the audit trail has a name in both languages — in the CLI's verify and
// the CSV (verify-messages.ts) and on the audit screen (renderer i18n) — so a new register never shows as
// 'inventory_entry'. The kinds are read from the services' *_ENTITY constants, so a new domain is checked at once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../../main/core/audit/verify-messages';
import { en } from '../../../renderer/i18n/en';
import { ja } from '../../../renderer/i18n/ja';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function entityKinds(): string[] {
  const kinds = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        for (const match of readFileSync(full, 'utf8').matchAll(/export const [A-Z_]*ENTITY = '([a-z_]+)'/g)) kinds.add(match[1]!);
      }
    }
  };
  walk(path.join(root, 'main/core'));
  return [...kinds].sort();
}

describe('names of audited record kinds', () => {
  const kinds = entityKinds();

  it('finds the kinds the services write (the registers among them)', () => {
    expect(kinds).toEqual(expect.arrayContaining(['company', 'incident', 'policy_version', 'inventory_entry', 'entrustee', 'request', 'provision']));
  });

  it.each(kinds)('%s has a Japanese and an English name for the CLI, the CSV and the audit screen', (kind) => {
    const name = entityNames[kind];
    expect(name?.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(name?.en).toMatch(/^[a-z][a-z ,]+$/i);
    expect((ja.settings.entities as Record<string, string>)[kind]).toBeTruthy();
    expect((en.settings.entities as Record<string, string>)[kind]).toBeTruthy();
  });
});
