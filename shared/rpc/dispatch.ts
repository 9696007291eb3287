import { AppError, type Envelope } from '../errors';
import { contract, isOperationName, type OperationName, type Output, type ParsedInput } from '../contract';
import { parseOrThrow } from '../validation/issues';

/** The core's implementation of every operation; the type makes a missing one a compile error. */
export type Handlers<Ctx> = {
  [N in OperationName]: (input: ParsedInput<N>, ctx: Ctx) => Output<N> | Promise<Output<N>>;
};

export interface DispatchOptions {
  /** Called with anything thrown that is not an AppError: a bug, reported without its details. */
  onUnexpected?: (operation: string, error: unknown) => void;
}

export function unknownOperation(name: unknown): AppError {
  const shown = typeof name === 'string' ? name.slice(0, 100) : typeof name;
  return new AppError('unknown_operation', {
    ja: `不明な操作です（${shown}）。アプリを最新の状態にしてください。`,
    en: `Unknown operation (${shown}). Update the app.`,
  });
}

export const internalErrorText = {
  ja: '予期しないエラーが発生しました。変更は保存されていません。もう一度お試しください。',
  en: 'An unexpected error occurred. Nothing was saved. Try again.',
};

/**
 * The one entry point every transport calls: look the operation up, validate its input at the edge,
 * run it, and answer with the envelope. Transports add nothing but bytes on the wire.
 */
export function createDispatcher<Ctx>(handlers: Handlers<Ctx>, options: DispatchOptions = {}) {
  return async function dispatch(name: unknown, input: unknown, ctx: Ctx): Promise<Envelope<unknown>> {
    try {
      if (!isOperationName(name)) throw unknownOperation(name);
      const spec = contract[name];
      const parsed = parseOrThrow(spec.input, input ?? {});
      const handler = handlers[name] as (input: unknown, ctx: Ctx) => unknown;
      const value = await handler(parsed, ctx);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() };
      options.onUnexpected?.(String(name), error);
      return { ok: false, error: new AppError('internal', internalErrorText).toData() };
    }
  };
}

export type Dispatch<Ctx> = ReturnType<typeof createDispatcher<Ctx>>;
