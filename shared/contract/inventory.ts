import { z } from 'zod';
import { incidentProposal } from '../domain/inventory-links';
import { inventoryEntry, inventoryInput, inventorySummary, inventoryUpdateInput } from '../domain/inventory';
import { isoDateField } from '../domain/incident-instant';
import { idField, revisionField } from '../validation/fields';
import { read, write } from './define';
import { cappedPageOf, pageInput } from './pagination';

/** 個人情報管理台帳 (issue 14 item 1) and the entries an incident touches (item 5). */
export const inventoryContract = {
  'inventory.list': read(
    z
      .object({
        ...pageInput,
        companyId: idField.optional(),
        /** Only entries whose review is due today or overdue, or that were never reviewed. */
        reviewDue: z.boolean().default(false),
      })
      .strict(),
    cappedPageOf(inventorySummary),
    { ja: '個人情報管理台帳の一覧', en: 'List the personal-data inventory' },
  ),
  'inventory.get': read(z.object({ id: idField }).strict(), inventoryEntry, { ja: '台帳の項目の表示', en: 'Show an inventory entry' }),
  'inventory.create': write(inventoryInput, inventoryEntry, { ja: '台帳に項目を追加', en: 'Add an inventory entry' }),
  'inventory.update': write(inventoryUpdateInput, inventoryEntry, { ja: '台帳の項目を更新', en: 'Update an inventory entry' }),
  'inventory.delete': write(z.object({ id: idField, revision: revisionField }).strict(), z.object({ id: z.number().int() }), {
    ja: '台帳の項目を削除',
    en: 'Delete an inventory entry',
  }),
  /** The annual review mark: the entry was reviewed on that day (default today), which sets its next review. */
  'inventory.markReviewed': write(
    z.object({ id: idField, revision: revisionField, reviewedOn: isoDateField.optional() }).strict(),
    inventoryEntry,
    { ja: '台帳の項目を見直し済みにする', en: 'Mark an inventory entry reviewed' },
  ),
  'inventory.incidentLinks': read(
    z.object({ incidentId: idField }).strict(),
    z.object({ entries: z.array(inventorySummary), proposal: incidentProposal }),
    { ja: 'インシデントに関係する台帳の項目', en: 'Inventory entries of an incident' },
  ),
  'inventory.linkIncident': write(
    z.object({ incidentId: idField, entryIds: z.array(idField).max(100, { error: 'tooMany' }) }).strict(),
    z.object({ entries: z.array(inventorySummary), proposal: incidentProposal }),
    { ja: 'インシデントに台帳の項目を関連付け', en: 'Link inventory entries to an incident' },
  ),
};
