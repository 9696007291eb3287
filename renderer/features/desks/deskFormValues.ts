import type { Desk, DeskInput, DeskKind, DeskLanguage, Weekday } from '../../../shared/domain/desk';

export interface DeskPhoneValues {
  label: string;
  number: string;
}

/**
 * What the desk form holds: every input field, with the owning company still unchosen (null) on a
 * new desk, which the shared schema then reports as missing.
 */
export type DeskFormValues = {
  companyId: number | null;
  kind: DeskKind;
  nameJa: string;
  nameEn: string;
  department: string;
  personInCharge: string;
  phones: DeskPhoneValues[];
  email: string;
  postalCode: string;
  addressJa: string;
  addressEn: string;
  receptionDays: Weekday[];
  closedOnHolidays: boolean;
  hoursFrom: string;
  hoursTo: string;
  receptionNoteJa: string;
  receptionNoteEn: string;
  languages: DeskLanguage[];
  inquiryFormUrl: string;
};

export function emptyDesk(companyId: number | null): DeskFormValues {
  return {
    companyId,
    kind: 'own',
    nameJa: '',
    nameEn: '',
    department: '',
    personInCharge: '',
    phones: [],
    email: '',
    postalCode: '',
    addressJa: '',
    addressEn: '',
    receptionDays: [],
    closedOnHolidays: true,
    hoursFrom: '',
    hoursTo: '',
    receptionNoteJa: '',
    receptionNoteEn: '',
    languages: ['ja'],
    inquiryFormUrl: '',
  };
}

export function deskToValues(desk: Desk): DeskFormValues {
  const values = emptyDesk(desk.companyId);
  for (const key of Object.keys(values) as (keyof DeskFormValues)[]) {
    (values as Record<string, unknown>)[key] = desk[key as keyof Desk];
  }
  values.phones = desk.phones.map((phone) => ({ label: phone.label, number: phone.number }));
  return values;
}

/** The values as the contract's input; only called after the shared schema accepted them. */
export function deskValuesToInput(values: DeskFormValues): DeskInput {
  return { ...values, companyId: values.companyId ?? 0 };
}
