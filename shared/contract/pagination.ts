import { z } from 'zod';

export const pageInput = {
  query: z.string().trim().max(200, { error: 'tooLong' }).default(''),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}
