import { z } from 'zod';
import { read } from './define';
import { pageInput, pageOf } from './pagination';

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  operation: z.string(),
  summary: z.object({ ja: z.string(), en: z.string() }),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditContract = {
  'audit.list': read(
    z.object({ ...pageInput, entity: z.string().max(50).optional(), entityId: z.number().int().optional() }).strict(),
    pageOf(auditEntry),
    { ja: '操作履歴の一覧', en: 'List the audit trail' },
  ),
};
