import type { companiesContract } from '../../../shared/contract/companies';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import { companyDeleteCheck, createCompany, deleteCompany, getCompany, listCompanies, updateCompany } from './service';

export const companiesHandlers: Pick<Handlers<CoreContext>, keyof typeof companiesContract> = {
  'companies.list': (input, ctx) => listCompanies(ctx, input),
  'companies.get': (input, ctx) => getCompany(ctx, input.id),
  'companies.create': (input, ctx) => createCompany(ctx, input),
  'companies.update': (input, ctx) => updateCompany(ctx, input),
  'companies.delete': (input, ctx) => deleteCompany(ctx, input.id, input.revision),
  'companies.deleteCheck': (input, ctx) => companyDeleteCheck(ctx, input.id),
};
