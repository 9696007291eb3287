import type { Migration } from './migration';

/**
 * How each policy section is numbered (issue 11 item 1): 'auto' (第N条 by position, as before — the default, so
 * every stored version loads and prints as it did), 'as_written' (the number the section's heading carries as
 * imported: 第6条, Article 3, 1., （1）) or 'none' (an unnumbered preamble). Adding a column fires no update
 * trigger, so published versions keep their rows untouched.
 */
export const sectionNumbering: Migration = {
  version: 9,
  name: 'section-numbering',
  up(db) {
    db.exec(`
      ALTER TABLE policy_sections ADD COLUMN numbering TEXT NOT NULL DEFAULT 'auto'
        CHECK (numbering IN ('auto', 'as_written', 'none'));
    `);
  },
};
