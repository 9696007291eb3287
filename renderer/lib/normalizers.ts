import type { z } from 'zod';
import { corporateNumberField } from '../../shared/validation/corporate-number';
import { emailField, phoneField, postalCodeField, timeField, urlField } from '../../shared/validation/fields';
import { formatCount, parseTypedCount } from '../../shared/validation/normalize';

export type Normalizer = (value: string) => string;

/**
 * On blur a field shows what will be stored (０３１２３４５６７８ → 03-1234-5678), using the very
 * schema the core parses with; a value the schema rejects is left as typed, with its error.
 */
function normalizeWith(schema: z.ZodType<string, string | undefined>): Normalizer {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : value;
  };
}

export const normalize = {
  phone: normalizeWith(phoneField),
  postalCode: normalizeWith(postalCodeField),
  email: normalizeWith(emailField),
  url: normalizeWith(urlField),
  time: normalizeWith(timeField),
  /** １，２００ → 1,200: a count typed with full-width digits is read, never dropped; text that is no count stays. */
  count: (value: string) => {
    const typed = parseTypedCount(value);
    return typed.kind === 'count' ? formatCount(typed.value) : value;
  },
  corporateNumber: normalizeWith(corporateNumberField),
} satisfies Record<string, Normalizer>;
