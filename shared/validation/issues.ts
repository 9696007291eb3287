import type { z } from 'zod';
import { AppError, type FieldIssue, type LocalizedText } from '../errors';
import { labelOf } from '../i18n/field-labels';
import { fillTemplate, validationMessages, type ValidationMessageKey } from '../i18n/validation-messages';

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

function messageFor(issue: z.core.$ZodIssue): LocalizedText {
  const field = labelOf(fieldOf(issue.path));
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
      return fillTemplate(validationMessages.unknownField, { keys: issue.keys.join(', ') });
    default:
      return fillTemplate(validationMessages.invalidType, { field });
  }
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
}

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: toPath(issue.path), message: messageFor(issue) }));
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
