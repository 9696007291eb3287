import type { z } from 'zod';
import { AppError, type AppErrorData, type FieldIssue, type LocalizedText } from '../errors';
import { labelOf } from '../i18n/field-labels';
import { fillTemplate, validationMessages, type ValidationMessageKey } from '../i18n/validation-messages';
import { limitMessages, type LimitMessageKey } from './limit-messages';
import { formatCount } from './normalize';

/**
 * A reply lists at most this many problems, then says how many more there were: a body of a million bad array
 * elements must not become a reply of hundreds of MB (nor the time to word each one).
 */
export const MAX_ISSUES = 50;
/** Unexpected field names shown in one message; each cut to MAX_KEY_LENGTH characters. */
const MAX_KEYS_SHOWN = 10;
const MAX_KEY_LENGTH = 60;

function isMessageKey(value: string): value is ValidationMessageKey {
  return Object.hasOwn(validationMessages, value);
}

/** The last named segment of a path is the field a message talks about (phones[2].number → number). */
function fieldOf(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return undefined;
}

function isLimitKey(value: string): value is LimitMessageKey {
  return Object.hasOwn(limitMessages, value);
}

/** The unexpected field names, a few of them and each shortened, with a count of the rest. */
function keysText(keys: readonly string[]): LocalizedText | string {
  const shown = keys.slice(0, MAX_KEYS_SHOWN).map((key) => (key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH)}…` : key));
  if (keys.length <= MAX_KEYS_SHOWN) return shown.join(', ');
  return fillTemplate(limitMessages.unknownFieldsMore, { keys: shown.join(', '), count: formatCount(keys.length - MAX_KEYS_SHOWN) });
}

function messageFor(issue: z.core.$ZodIssue): LocalizedText {
  const field = labelOf(fieldOf(issue.path));
  if (isLimitKey(issue.message)) {
    const params = (issue as { params?: Record<string, unknown> }).params ?? {};
    return fillTemplate(limitMessages[issue.message], { field, char: String(params.char ?? '') });
  }
  if (isMessageKey(issue.message)) {
    const max = 'maximum' in issue ? Number(issue.maximum) : '';
    return fillTemplate(validationMessages[issue.message], { field, max });
  }
  switch (issue.code) {
    case 'invalid_type':
      return fillTemplate(
        issue.input === undefined || issue.input === null ? validationMessages.required : validationMessages.invalidType,
        { field },
      );
    case 'too_big':
      return fillTemplate(issue.origin === 'array' ? validationMessages.tooMany : validationMessages.tooLong, {
        field,
        max: Number(issue.maximum),
      });
    case 'too_small':
      return fillTemplate(issue.origin === 'string' ? validationMessages.required : validationMessages.invalidType, {
        field,
      });
    case 'invalid_value':
      return fillTemplate(validationMessages.invalidChoice, { field });
    case 'unrecognized_keys':
      return fillTemplate(validationMessages.unknownField, { keys: keysText(issue.keys) });
    default:
      return fillTemplate(validationMessages.invalidType, { field });
  }
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

function moreIssues(count: number): FieldIssue {
  return { path: [], message: fillTemplate(limitMessages.moreIssues, { count: formatCount(count), shown: MAX_ISSUES }) };
}

/** The first MAX_ISSUES problems, worded; past them one more entry (no path) says how many were left out. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  const all = error.issues;
  const issues = all.slice(0, MAX_ISSUES).map((issue) => ({ path: toPath(issue.path), message: messageFor(issue) }));
  if (all.length > MAX_ISSUES) issues.push(moreIssues(all.length - MAX_ISSUES));
  return issues;
}

/**
 * The same cap on any error on its way out (the dispatcher applies it to every reply), for issues a service
 * listed itself rather than zod.
 */
export function capIssues(data: AppErrorData): AppErrorData {
  if (!data.issues || data.issues.length <= MAX_ISSUES + 1) return data;
  return { ...data, issues: [...data.issues.slice(0, MAX_ISSUES), moreIssues(data.issues.length - MAX_ISSUES)] };
}

/** A zod failure as the one structured error every boundary sends: first field in `path`, all in `issues`. */
export function validationError(error: z.ZodError): AppError {
  const issues = issuesOf(error);
  const first = issues[0] ?? { path: [], message: fillTemplate(validationMessages.invalidType, { field: labelOf(undefined) }) };
  return new AppError('validation', first.message, first.path, issues);
}

/** Parses with the schema or throws the structured validation error; never returns partial data. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw validationError(result.error);
  return result.data;
}
