import { z } from 'zod';
import type {
  DataRequest,
  DisclosureMethod,
  IdentityCheck,
  RequestChannel,
  RequestInput,
  RequestKind,
  RequestOutcome,
  RequesterRole,
  ResponseMethod,
} from '../../../shared/domain/data-request';
import { requestInput } from '../../../shared/domain/data-request';

export interface RequestStepValues {
  doneOn: string | null;
  stepNote: string;
}

/** What the request form holds: every input, with the company unchosen (null) and the target empty (the company's). */
export type RequestFormValues = {
  companyId: number | null;
  receivingDeskId: number | null;
  receivedOn: string | null;
  channel: RequestChannel;
  requester: string;
  requesterRole: RequesterRole;
  requestKind: RequestKind;
  requestSummary: string;
  disclosureMethod: DisclosureMethod;
  identityCheck: IdentityCheck;
  identityMethod: string;
  feeYen: number | null;
  feeReceivedOn: string | null;
  responseMethod: ResponseMethod;
  responseDays: number | null;
  outcome: RequestOutcome;
  closedOn: string | null;
  answer: string;
  refusalReason: string;
  refusalCitation: string;
  steps: RequestStepValues[];
};

export function emptyRequest(companyId: number | null, today: string): RequestFormValues {
  return {
    companyId,
    receivingDeskId: null,
    receivedOn: today,
    channel: 'email',
    requester: '',
    requesterRole: 'self',
    requestKind: 'disclosure',
    requestSummary: '',
    disclosureMethod: '',
    identityCheck: 'pending',
    identityMethod: '',
    feeYen: 0,
    feeReceivedOn: null,
    responseMethod: '',
    responseDays: null,
    outcome: 'pending',
    closedOn: null,
    answer: '',
    refusalReason: '',
    refusalCitation: '',
    steps: [],
  };
}

export function requestToValues(request: DataRequest): RequestFormValues {
  const values = emptyRequest(request.companyId, request.receivedOn);
  for (const key of Object.keys(values) as (keyof RequestFormValues)[]) {
    (values as Record<string, unknown>)[key] = request[key as keyof DataRequest];
  }
  values.steps = request.steps.map((step) => ({ ...step }));
  return values;
}

/**
 * The form as the contract's input (what the shared schema checks, on the client and again in the core). An empty
 * target is left out, so the core applies the company's setting; an empty date stays null and is named if required.
 */
export function requestValuesToInput(values: RequestFormValues): RequestInput {
  const { responseDays, ...rest } = values;
  return {
    ...rest,
    companyId: values.companyId ?? 0,
    receivedOn: values.receivedOn ?? '',
    feeYen: values.feeYen ?? 0,
    steps: values.steps.map((step) => ({ doneOn: step.doneOn ?? '', stepNote: step.stepNote })),
    ...(responseDays === null ? {} : { responseDays }),
  };
}

/** The shared schema over the form's values: an empty target is "the company's", not a missing number. */
export const requestFormSchema = z.preprocess((value) => {
  if (typeof value !== 'object' || value === null) return value;
  const { responseDays, ...rest } = value as RequestFormValues;
  return responseDays === null ? rest : { ...rest, responseDays };
}, requestInput);
