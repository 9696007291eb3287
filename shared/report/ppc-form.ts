import type { LocalizedText } from '../errors';
import { ppcFieldDefinitions, ppcFieldKeys, ppcSectionKeys, ppcSectionLabels, type PpcFieldKey, type PpcSectionKey } from './ppc-form-fields';
import { incidentValues } from './ppc-form-incident';
import { noneValue, notApplicable } from './ppc-form-values';
import { reporterValues, type RawValues } from './ppc-form-reporter';
import type { PpcFormCompany, PpcFormIncident, PpcFormNotification, PpcStage } from './ppc-form-source';
import { unknownText } from './unknown';

/**
 * The PPC form helper's model (issue #10, item 7): the report's fields in the form's order, each with the value to
 * copy in both languages and whether it is known. An unknown value is the field's gap word (調査中 / 確認中), shown
 * and copied as such — never a blank.
 *
 * For a 確報, the 速報's filed answers come alongside: each field then carries the 速報's answer, is marked when
 * today's answer differs, and takes the 速報's answer when the record no longer has one (the 確報 starts from
 * what was filed). Pure: the renderer only displays it.
 */
export type PpcFieldStatus = 'given' | 'unknown';

export interface PpcAnswer {
  value: LocalizedText;
  status: PpcFieldStatus;
}

/** What a filed report answered, field by field (a 速報's frozen content read back, or `formAnswers` of its form). */
export type PpcFiledAnswers = Partial<Record<PpcFieldKey, PpcAnswer>>;

export interface PpcFormField extends PpcAnswer {
  key: PpcFieldKey;
  label: LocalizedText;
  /** The item of Rule Art. 8(1), 1–9, for the items section. */
  item: number | null;
  long: boolean;
  /** 確報 only, when the 速報's answers are known: what the 速報 said (null when it did not have this field). */
  filed?: PpcAnswer | null;
  /** 確報 only: today's answer differs from the 速報's. */
  changedSinceFiled?: boolean;
  /** 確報 only: the record has no answer now, so the 速報's is carried over. */
  carriedFromFiled?: boolean;
}

export interface PpcFormSection {
  key: PpcSectionKey;
  label: LocalizedText;
  fields: PpcFormField[];
}

export interface PpcForm {
  stage: PpcStage;
  /** Where the report goes: the PPC, or the ministry it delegated its authority to. */
  recipient: LocalizedText;
  delegated: boolean;
  sections: PpcFormSection[];
}

export interface PpcFormInput {
  stage: PpcStage;
  incident: PpcFormIncident;
  company: PpcFormCompany;
  notifications: readonly PpcFormNotification[];
  /** For a 確報: the 速報's answers as filed. */
  filed?: PpcFiledAnswers | null;
}

/** Fields that describe this report itself, not the case: never compared with the 速報. */
const ownToReport: ReadonlySet<PpcFieldKey> = new Set(['reportKind', 'preliminarySentAt', 'preliminaryReference']);

const PPC: LocalizedText = { ja: '個人情報保護委員会', en: 'Personal Information Protection Commission' };

function answerOf(key: PpcFieldKey, raw: LocalizedText | null): PpcAnswer {
  if (raw === null) return { value: unknownText(ppcFieldDefinitions[key].unknown), status: 'unknown' };
  return { value: raw, status: 'given' };
}

const sameAnswer = (a: PpcAnswer, b: PpcAnswer) => a.status === b.status && a.value.ja === b.value.ja && a.value.en === b.value.en;
const sameText = (a: LocalizedText, b: LocalizedText) => a.ja === b.ja && a.en === b.en;

/**
 * 「なし」 and 「該当なし」 follow from another answer (no entrustee, no secondary damage): when that answer changed,
 * carrying them over would contradict it (有 with 該当なし), so they are never carried.
 */
const carriable = (answer: PpcAnswer) => !sameText(answer.value, noneValue) && !sameText(answer.value, notApplicable);

/** Today's answer beside the 速報's: changed, carried over, or the same. */
function compared(field: PpcFormField, filed: PpcFiledAnswers): PpcFormField {
  if (ownToReport.has(field.key)) return field;
  const before = filed[field.key] ?? null;
  if (before === null) return { ...field, filed: null, changedSinceFiled: field.status === 'given', carriedFromFiled: false };
  if (field.status === 'unknown' && before.status === 'given' && carriable(before)) {
    return { ...field, value: before.value, status: 'given', filed: before, changedSinceFiled: false, carriedFromFiled: true };
  }
  return { ...field, filed: before, changedSinceFiled: !sameAnswer(field, before), carriedFromFiled: false };
}

export function buildPpcForm(input: PpcFormInput): PpcForm {
  const raw: RawValues = { ...reporterValues(input.company), ...incidentValues(input.incident, input.stage, input.notifications) };
  const filed = input.stage === 'final' ? (input.filed ?? null) : null;
  const fields = ppcFieldKeys
    .filter((key) => raw[key] !== undefined)
    .map((key): PpcFormField => {
      const definition: { label: LocalizedText; item?: number; long?: boolean } = ppcFieldDefinitions[key];
      const field: PpcFormField = {
        key,
        label: definition.label,
        item: definition.item ?? null,
        long: definition.long ?? false,
        ...answerOf(key, raw[key] ?? null),
      };
      return filed ? compared(field, filed) : field;
    });
  const ministry = input.incident.delegatedMinistry.trim();
  return {
    stage: input.stage,
    recipient: ministry ? { ja: ministry, en: ministry } : PPC,
    delegated: ministry !== '',
    sections: ppcSectionKeys.map((key) => ({
      key,
      label: ppcSectionLabels[key],
      fields: fields.filter((field) => ppcFieldDefinitions[field.key].section === key),
    })),
  };
}

/** The answers of a form, by field: what a report filed with this form said (for comparing a later 確報). */
export function formAnswers(form: PpcForm): PpcFiledAnswers {
  const answers: PpcFiledAnswers = {};
  for (const field of form.sections.flatMap((section) => section.fields)) {
    if (!ownToReport.has(field.key)) answers[field.key] = { value: field.value, status: field.status };
  }
  return answers;
}

/** Every field in order, for the progress count and for keyboard order. */
export function formFields(form: PpcForm): PpcFormField[] {
  return form.sections.flatMap((section) => section.fields);
}

/**
 * What the submission is recorded as sent by: the PPC's web form, or the delegated ministry (appi.md §3: the
 * record keeps which route was used).
 */
export function submissionMethod(delegatedMinistry: string, lang: 'ja' | 'en'): string {
  const ministry = delegatedMinistry.trim();
  if (ministry) return ministry;
  return lang === 'ja' ? '個人情報保護委員会の報告フォーム' : 'PPC web form';
}
