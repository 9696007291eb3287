import type { z } from 'zod';

/**
 * One operation of the contract: its input and output schemas and whether it writes.
 * Every operation takes one object and returns one object (after Actual Budget's handler map).
 */
export interface OperationSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly writes: boolean;
  /** Shown in the audit trail for writes, e.g. 「窓口を追加」. */
  readonly summary: { readonly ja: string; readonly en: string };
}

export function read<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  summary: { ja: string; en: string },
): OperationSpec<I, O> {
  return { input, output, writes: false, summary };
}

export function write<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  summary: { ja: string; en: string },
): OperationSpec<I, O> {
  return { input, output, writes: true, summary };
}
