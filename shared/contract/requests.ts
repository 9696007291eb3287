import { z } from 'zod';
import { dataRequest, requestInput, requestKinds, requestSettings, requestUpdateInput, responseDaysField } from '../domain/data-request';
import { idField, revisionField } from '../validation/fields';
import { read, write } from './define';
import { pageInput, pageOf } from './pagination';

/** 開示等の請求・苦情: the log of requests and complaints received at the desks (issue 14 item 3). */
export const requestStates = ['open', 'overdue', 'closed'] as const;

export const requestsContract = {
  'requests.list': read(
    z
      .object({
        ...pageInput,
        companyId: idField.optional(),
        deskId: idField.optional(),
        requestKind: z.enum(requestKinds, { error: 'invalidChoice' }).optional(),
        /** open = not yet answered; overdue = open and past its internal target today; closed = answered. */
        state: z.enum(requestStates, { error: 'invalidChoice' }).optional(),
      })
      .strict(),
    pageOf(dataRequest),
    { ja: '請求・苦情の一覧', en: 'List requests and complaints' },
  ),
  'requests.get': read(z.object({ id: idField }).strict(), dataRequest, { ja: '請求・苦情の表示', en: 'Show a request' }),
  'requests.create': write(requestInput, dataRequest, { ja: '請求・苦情を受付', en: 'Log a request' }),
  'requests.update': write(requestUpdateInput, dataRequest, { ja: '請求・苦情を更新', en: 'Update a request' }),
  'requests.delete': write(z.object({ id: idField, revision: revisionField }).strict(), z.object({ id: z.number().int() }), {
    ja: '請求・苦情を削除',
    en: 'Delete a request',
  }),
  /** The company's internal response target in days (the Act says only 遅滞なく). */
  'requests.getSettings': read(z.object({ companyId: idField }).strict(), requestSettings, {
    ja: '回答目標の表示',
    en: 'Show the response target',
  }),
  'requests.updateSettings': write(z.object({ companyId: idField, responseDays: responseDaysField }).strict(), requestSettings, {
    ja: '回答目標を変更',
    en: 'Change the response target',
  }),
};
