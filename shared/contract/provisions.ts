import { z } from 'zod';
import { provisionDirections, provisionInput, provisionRecord, provisionUpdateInput } from '../domain/provision-record';
import { idField, revisionField } from '../validation/fields';
import { read, write } from './define';
import { pageInput, pageOf } from './pagination';

/** Records of provision to and receipt from third parties (APPI Art. 29, 30; issue 14 item 4). */
export const provisionsContract = {
  'provisions.list': read(
    z
      .object({
        ...pageInput,
        companyId: idField.optional(),
        direction: z.enum(provisionDirections, { error: 'invalidChoice' }).optional(),
        /** Only records whose retention period has ended: the list for deletion. */
        pastRetention: z.boolean().optional(),
      })
      .strict(),
    pageOf(provisionRecord),
    { ja: '第三者提供記録の一覧', en: 'List provision records' },
  ),
  'provisions.get': read(z.object({ id: idField }).strict(), provisionRecord, { ja: '第三者提供記録の表示', en: 'Show a provision record' }),
  'provisions.create': write(provisionInput, provisionRecord, { ja: '第三者提供記録を追加', en: 'Add a provision record' }),
  'provisions.update': write(provisionUpdateInput, provisionRecord, { ja: '第三者提供記録を更新', en: 'Update a provision record' }),
  'provisions.delete': write(z.object({ id: idField, revision: revisionField }).strict(), z.object({ id: z.number().int() }), {
    ja: '第三者提供記録を削除',
    en: 'Delete a provision record',
  }),
};
