import type { z } from 'zod';
import { emailField, phoneField, postalCodeField, timeField, urlField } from '../../shared/validation/fields';

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
} satisfies Record<string, Normalizer>;
