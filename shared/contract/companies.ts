import { z } from 'zod';
import { company, companyInput, companyUpdateInput } from '../domain/company';
import { idField, revisionField } from '../validation/fields';
import { read, write } from './define';
import { pageInput, pageOf } from './pagination';

export const companiesContract = {
  'companies.list': read(z.object(pageInput).strict(), pageOf(company), { ja: '事業者の一覧', en: 'List companies' }),
  'companies.get': read(z.object({ id: idField }).strict(), company, { ja: '事業者の表示', en: 'Show a company' }),
  'companies.create': write(companyInput, company, { ja: '事業者を追加', en: 'Add a company' }),
  'companies.update': write(companyUpdateInput, company, { ja: '事業者を更新', en: 'Update a company' }),
  /** `revision` as read: a stale tab must not delete a company another tab just changed. */
  'companies.delete': write(z.object({ id: idField, revision: revisionField }).strict(), z.object({ id: z.number().int() }), {
    ja: '事業者を削除',
    en: 'Delete a company',
  }),
  /** Asked before the confirmation: why a delete would be refused now (desks or incidents remain), or null. */
  'companies.deleteCheck': read(
    z.object({ id: idField }).strict(),
    z.object({ refusal: z.object({ ja: z.string(), en: z.string() }).nullable() }),
    { ja: '事業者を削除できるかの確認', en: 'Check whether a company can be deleted' },
  ),
};
