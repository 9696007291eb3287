import { z } from 'zod';

export const pageInput = {
  query: z.string().trim().max(200, { error: 'tooLong' }).default(''),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/** Lists that may hold 100k records count their matches only up to here; past it the UI shows "10,000+". */
export const COUNT_CAP = 10_000;

/** A page whose `total` is exact unless `totalCapped`: then there are more than `total` (= COUNT_CAP) matches. */
export function cappedPageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), totalCapped: z.boolean() });
}
