import { z } from 'zod';
import {
  emailField,
  idField,
  isoTimestamp,
  optionalText,
  phoneField,
  postalCodeField,
  requiredText,
  revisionField,
  timeField,
  urlField,
} from '../validation/fields';

/**
 * 苦情・相談窓口: where individuals complain or ask (Art. 32(1)(iv), Art. 40; Cabinet Order Art. 10).
 * `authorized_org` is the desk of an 認定個人情報保護団体 such as JIPDEC, which a member must name.
 */
export const deskKinds = ['own', 'authorized_org', 'other'] as const;
export type DeskKind = (typeof deskKinds)[number];

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** Languages a desk answers in (ISO 639-1); the list covers what Japanese desks commonly offer. */
export const deskLanguages = ['ja', 'en', 'zh', 'ko', 'pt', 'es', 'vi', 'th', 'id', 'tl', 'ne', 'fr', 'de'] as const;
export type DeskLanguage = (typeof deskLanguages)[number];

export const deskPhone = z
  .object({
    label: optionalText(50),
    number: phoneField.pipe(z.string().min(1, { error: 'required' })),
  })
  .strict();
export type DeskPhone = z.output<typeof deskPhone>;

const deskFields = z.object({
  companyId: idField,
  kind: z.enum(deskKinds, { error: 'invalidChoice' }),
  nameJa: requiredText(),
  nameEn: optionalText(),
  department: optionalText(),
  personInCharge: optionalText(),
  phones: z.array(deskPhone).max(10, { error: 'tooMany' }).default([]),
  email: emailField,
  postalCode: postalCodeField,
  addressJa: optionalText(400),
  addressEn: optionalText(400),
  receptionDays: z.array(z.enum(weekdays, { error: 'invalidChoice' })).max(weekdays.length, { error: 'tooMany' }).default([]),
  closedOnHolidays: z.boolean().default(true),
  hoursFrom: timeField,
  hoursTo: timeField,
  receptionNoteJa: optionalText(400),
  receptionNoteEn: optionalText(400),
  languages: z.array(z.enum(deskLanguages, { error: 'invalidChoice' })).max(deskLanguages.length, { error: 'tooMany' }).default(['ja']),
  inquiryFormUrl: urlField,
});

function checkHours(value: { hoursFrom: string; hoursTo: string }, ctx: z.RefinementCtx) {
  if (value.hoursFrom !== '' && value.hoursTo !== '' && value.hoursTo <= value.hoursFrom) {
    ctx.addIssue({ code: 'custom', message: 'hoursOrder', path: ['hoursTo'] });
  }
}

/** Days and languages are sets: order them canonically so equal desks compare equal. */
function canonical<T extends { receptionDays: Weekday[]; languages: DeskLanguage[] }>(value: T): T {
  return {
    ...value,
    receptionDays: weekdays.filter((day) => value.receptionDays.includes(day)),
    languages: deskLanguages.filter((language) => value.languages.includes(language)),
  };
}

export const deskInput = deskFields.strict().superRefine(checkHours).transform(canonical);
export type DeskInput = z.input<typeof deskInput>;
export type DeskValues = z.output<typeof deskInput>;

export const deskUpdateInput = deskFields
  .extend({ id: idField, revision: revisionField })
  .strict()
  .superRefine(checkHours)
  .transform(canonical);
export type DeskUpdateInput = z.input<typeof deskUpdateInput>;

export const desk = deskFields.extend({
  id: z.number().int(),
  revision: z.number().int(),
  companyName: z.string(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type Desk = z.output<typeof desk>;
