import { z } from 'zod';
import { entrustee, entrusteeInput, entrusteeUpdateInput } from '../domain/entrustee';
import { idField, revisionField } from '../validation/fields';
import { read, write } from './define';
import { pageInput, pageOf } from './pagination';

/** 委託先 and their supervision checks (issue 14 item 2; APPI Art. 25). */
export const entrusteesContract = {
  'entrustees.list': read(
    z
      .object({
        ...pageInput,
        companyId: idField.optional(),
        /** Only entrustees whose supervision check is overdue today, or that were never checked (and not ended). */
        checkDue: z.boolean().default(false),
      })
      .strict(),
    pageOf(entrustee),
    { ja: '委託先の一覧', en: 'List entrustees' },
  ),
  'entrustees.get': read(z.object({ id: idField }).strict(), entrustee, { ja: '委託先の表示', en: 'Show an entrustee' }),
  'entrustees.create': write(entrusteeInput, entrustee, { ja: '委託先を追加', en: 'Add an entrustee' }),
  'entrustees.update': write(entrusteeUpdateInput, entrustee, { ja: '委託先を更新', en: 'Update an entrustee' }),
  'entrustees.delete': write(z.object({ id: idField, revision: revisionField }).strict(), z.object({ id: z.number().int() }), {
    ja: '委託先を削除',
    en: 'Delete an entrustee',
  }),
};
