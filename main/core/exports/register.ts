import { japanDateOf } from '../../../shared/appi/japan-time';
import type { ParsedInput } from '../../../shared/contract';
import type { ExportResult } from '../../../shared/contract/exports';
import type { DataScope } from '../context';
import { fieldError, missingReference } from '../service-errors';
import { getCompany } from '../store/companies';
import { renderRegister } from './registers/render';
import { registerSources } from './registers/sources';

/** A company's whole register (inventory, entrustees, requests, provisions) as .xlsx, PDF or Word. */
export async function exportRegister(scope: DataScope, input: ParsedInput<'exports.register'>): Promise<ExportResult> {
  const db = scope.db();
  const company = getCompany(db, input.companyId);
  if (!company) throw missingReference(['companyId'], 'company');
  const source = registerSources[input.register];
  if (!source) {
    throw fieldError(['register'], { ja: 'この台帳はまだ書き出せません。', en: 'This register cannot be exported yet.' });
  }
  const now = scope.now();
  return renderRegister(source.spec, source.rows(db, company.id), {
    format: input.format,
    lang: input.lang,
    era: input.era,
    today: japanDateOf(now),
    now,
    company: { ja: company.legalNameJa, en: company.legalNameEn || company.legalNameJa },
  });
}
