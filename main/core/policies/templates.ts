import type { Company } from '../../../shared/domain/company';
import type { PolicyCreateValues } from '../../../shared/domain/policy';
import { buildPolicyFromTemplate, type PolicyDocument, type TemplateContext, type TemplateId } from '../../../shared/policy';
import type { ReadableDB } from '../store/connection';
import { listDesks } from '../store/desks';

/**
 * A template (shared/policy/templates.ts) filled from the company record and its own desks: the business's name,
 * address and representative (Art. 32(1)(i)), its complaint desks linked by id (Art. 32(1)(iv); Cabinet Order
 * Art. 10), its authorized organization when it is a member, and the facts given with the request.
 */
const MAX_LINKED_DESKS = 20;

export function templateContext(db: ReadableDB, company: Company, values: PolicyCreateValues): TemplateContext {
  const own = listDesks(db, { query: '', limit: MAX_LINKED_DESKS, offset: 0, companyId: company.id, kind: 'own' }).items;
  return {
    company,
    complaintDeskIds: own.map((desk) => desk.id),
    serviceNameJa: values.serviceNameJa,
    serviceNameEn: values.serviceNameEn,
    requestFeeYen: values.requestFeeYen,
    establishedOn: values.establishedOn,
    effectiveOn: values.effectiveOn,
  };
}

export function documentFromTemplate(db: ReadableDB, company: Company, templateId: TemplateId, values: PolicyCreateValues): PolicyDocument {
  return buildPolicyFromTemplate(templateId, templateContext(db, company, values));
}
