import {
  DEFAULT_CHECK_MONTHS,
  type CheckKind,
  type CheckMethod,
  type CheckResult,
  type ContractClause,
  type Entrustee,
  type EntrusteeInput,
  type ReEntrustment,
} from '../../../shared/domain/entrustee';

/** One check as the form holds it: the date may still be empty (the schema then names it). */
export interface CheckValues {
  checkKind: CheckKind;
  checkedOn: string | null;
  checkMethod: CheckMethod;
  checkResult: CheckResult;
  checkedBy: string;
  checkNote: string;
  nextDueOn: string | null;
}

export type EntrusteeFormValues = {
  companyId: number | null;
  entrusteeName: string;
  entrusteeAddress: string;
  entrusteeContact: string;
  entrustedWork: string;
  contractOn: string | null;
  contractUntil: string | null;
  contractRef: string;
  clauses: ContractClause[];
  reEntrustment: ReEntrustment;
  reEntrustmentNote: string;
  checkMonths: number;
  checks: CheckValues[];
  endedOn: string | null;
  entrusteeNote: string;
};

export function emptyEntrustee(companyId: number | null): EntrusteeFormValues {
  return {
    companyId,
    entrusteeName: '',
    entrusteeAddress: '',
    entrusteeContact: '',
    entrustedWork: '',
    contractOn: null,
    contractUntil: null,
    contractRef: '',
    clauses: [],
    reEntrustment: 'none',
    reEntrustmentNote: '',
    checkMonths: DEFAULT_CHECK_MONTHS,
    checks: [],
    endedOn: null,
    entrusteeNote: '',
  };
}

export function newCheck(today: string, first: boolean): CheckValues {
  return { checkKind: first ? 'selection' : 'periodic', checkedOn: today, checkMethod: 'questionnaire', checkResult: 'suitable', checkedBy: '', checkNote: '', nextDueOn: null };
}

export function entrusteeToValues(entrustee: Entrustee): EntrusteeFormValues {
  const values = emptyEntrustee(entrustee.companyId);
  for (const key of Object.keys(values) as (keyof EntrusteeFormValues)[]) {
    (values as Record<string, unknown>)[key] = entrustee[key as keyof Entrustee];
  }
  return values;
}

/** Only called after the shared schema accepted the values (so every check has its date). */
export function entrusteeValuesToInput(values: EntrusteeFormValues): EntrusteeInput {
  return { ...values, companyId: values.companyId ?? 0, checks: values.checks.map((check) => ({ ...check, checkedOn: check.checkedOn ?? '' })) };
}
