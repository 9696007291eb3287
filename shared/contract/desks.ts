import { z } from 'zod';
import { desk, deskInput, deskKinds, deskUpdateInput } from '../domain/desk';
import { idField, revisionField } from '../validation/fields';
import { read, write } from './define';
import { pageInput, pageOf } from './pagination';

export const desksContract = {
  'desks.list': read(
    z
      .object({
        ...pageInput,
        companyId: idField.optional(),
        kind: z.enum(deskKinds, { error: 'invalidChoice' }).optional(),
      })
      .strict(),
    pageOf(desk),
    { ja: '窓口の一覧', en: 'List desks' },
  ),
  'desks.get': read(z.object({ id: idField }).strict(), desk, { ja: '窓口の表示', en: 'Show a desk' }),
  'desks.create': write(deskInput, desk, { ja: '窓口を追加', en: 'Add a desk' }),
  'desks.update': write(deskUpdateInput, desk, { ja: '窓口を更新', en: 'Update a desk' }),
  /** `revision` as read: a stale tab must not delete a desk another tab just changed. */
  'desks.delete': write(z.object({ id: idField, revision: revisionField }).strict(), z.object({ id: z.number().int() }), {
    ja: '窓口を削除',
    en: 'Delete a desk',
  }),
};
