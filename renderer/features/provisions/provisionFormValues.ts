import { z } from 'zod';
import { provisionInput } from '../../../shared/domain/provision-record';
import type { ProvisionBasis, ProvisionDirection, ProvisionInput, ProvisionRecord, RecordForm } from '../../../shared/domain/provision-record';

/** What the provision form holds; dates not yet entered are null, the company unchosen is null. */
export type ProvisionFormValues = {
  companyId: number | null;
  direction: ProvisionDirection;
  recordForm: RecordForm;
  counterparty: string;
  counterpartyAddress: string;
  counterpartyRepresentative: string;
  firstOn: string | null;
  lastOn: string | null;
  recordedOn: string | null;
  person: string;
  provisionItems: string;
  provisionBasis: ProvisionBasis;
  providerAcquisition: string;
  ppcPublished: boolean;
  provisionNote: string;
};

export function emptyProvision(companyId: number | null, today: string): ProvisionFormValues {
  return {
    companyId,
    direction: 'provided',
    recordForm: 'per_provision',
    counterparty: '',
    counterpartyAddress: '',
    counterpartyRepresentative: '',
    firstOn: today,
    lastOn: null,
    recordedOn: null,
    person: '',
    provisionItems: '',
    provisionBasis: 'consent',
    providerAcquisition: '',
    ppcPublished: false,
    provisionNote: '',
  };
}

export function provisionToValues(record: ProvisionRecord): ProvisionFormValues {
  const values = emptyProvision(record.companyId, record.firstOn);
  for (const key of Object.keys(values) as (keyof ProvisionFormValues)[]) {
    (values as Record<string, unknown>)[key] = record[key as keyof ProvisionRecord];
  }
  return values;
}

/**
 * What switching the form's choices leaves behind is dropped, not refused: a per-provision record has no last day of
 * its own, and the PPC's publication is asked only for a receipt under the opt-out (its checkbox is hidden otherwise).
 */
function settleForm(values: ProvisionFormValues): ProvisionFormValues {
  const ppcApplies = values.direction === 'received' && values.provisionBasis === 'opt_out';
  return {
    ...values,
    lastOn: values.recordForm === 'per_provision' ? null : values.lastOn,
    ppcPublished: ppcApplies && values.ppcPublished,
  };
}

/** The form as the contract's input. */
export function provisionValuesToInput(values: ProvisionFormValues): ProvisionInput {
  const settled = settleForm(values);
  return { ...settled, companyId: settled.companyId ?? 0, firstOn: settled.firstOn ?? '' };
}

/** The shared schema over the form: a per-provision record ignores a last day left from another form. */
export const provisionFormSchema = z.preprocess((value) => {
  if (typeof value !== 'object' || value === null) return value;
  return settleForm(value as ProvisionFormValues);
}, provisionInput);
