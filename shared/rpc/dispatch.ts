import { AppError, type Envelope } from '../errors';
import { contract, isOperationName, type OperationName, type Output, type ParsedInput } from '../contract';
import { capIssues, parseOrThrow } from '../validation/issues';

/** The core's implementation of every operation; the type makes a missing one a compile error. */
export type Handlers<Ctx> = {
  [N in OperationName]: (input: ParsedInput<N>, ctx: Ctx) => Output<N> | Promise<Output<N>>;
};

/**
 * The only operations a request may make without naming a workspace: they tell a page which workspace is open
 * (and which were open lately), so it can name it in every other request.
 */
export const unscopedOperations: ReadonlySet<OperationName> = new Set<OperationName>(['workspace.info', 'workspace.recent']);

export interface DispatchOptions<Ctx> {
  /** The id of the workspace open now; every request but the unscoped ones must name it. */
  currentWorkspaceId: (ctx: Ctx) => string;
  /** Called with anything thrown that is not an AppError: a bug, reported without its details. */
  onUnexpected?: (operation: string, error: unknown) => void;
  /** Names a failure that is not a bug (a busy, full or damaged file) before it would be reported as one. */
  translate?: (error: unknown, ctx: Ctx) => AppError | null;
  /** Refuses an operation this core does not serve at all (writes, for a read-only command). */
  refuse?: (operation: OperationName, ctx: Ctx) => AppError | null;
}

export function unknownOperation(name: unknown): AppError {
  const shown = typeof name === 'string' ? name.slice(0, 100) : typeof name;
  return new AppError('unknown_operation', {
    ja: `不明な操作です（${shown}）。アプリを最新の状態にしてください。`,
    en: `Unknown operation (${shown}). Update the app.`,
  });
}

/**
 * A request made against another workspace than the open one (another tab or window switched since the page
 * loaded), or naming none: answered before validation, so nothing is read or written in the wrong file.
 */
export function workspaceChanged(named: string | undefined): AppError {
  return new AppError(
    'workspace_changed',
    named === undefined
      ? {
          ja: 'この操作は、どのワークスペースに対するものかが示されていないため受け付けません。変更は保存されていません。画面を再読み込みしてください。',
          en: 'This request does not say which workspace it was made for, so it was refused. Nothing was saved. Reload the page.',
        }
      : {
          ja: 'この画面を開いた後に、別のタブまたはウィンドウでワークスペースが切り替えられました。変更は保存されていません（どちらのワークスペースにも書き込んでいません）。いま開いているワークスペースで画面を読み込み直してください。',
          en: 'The workspace was switched in another tab or window after this page was opened. Nothing was saved (to either workspace). Reload the page to work in the workspace that is open now.',
        },
  );
}

export const internalErrorText = {
  ja: '予期しないエラーが発生しました。変更は保存されていません。もう一度お試しください。',
  en: 'An unexpected error occurred. Nothing was saved. Try again.',
};

/**
 * The one entry point every transport calls: look the operation up, check that the request names the workspace
 * that is open, validate its input at the edge, run it, and answer with the envelope. Transports add nothing but
 * bytes on the wire (and the workspace id the page sent).
 */
export function createDispatcher<Ctx>(handlers: Handlers<Ctx>, options: DispatchOptions<Ctx>) {
  return async function dispatch(name: unknown, input: unknown, ctx: Ctx, workspaceId: string | undefined): Promise<Envelope<unknown>> {
    try {
      if (!isOperationName(name)) throw unknownOperation(name);
      if (!unscopedOperations.has(name) && (workspaceId === undefined || workspaceId !== options.currentWorkspaceId(ctx))) {
        throw workspaceChanged(workspaceId);
      }
      const refusal = options.refuse?.(name, ctx);
      if (refusal) throw refusal;
      const spec = contract[name];
      const parsed = parseOrThrow(spec.input, input ?? {});
      const handler = handlers[name] as (input: unknown, ctx: Ctx) => unknown;
      const value = await handler(parsed, ctx);
      return { ok: true, value };
    } catch (error) {
      // Every refusal leaves capped (issues.ts): no error reply grows with the size of the request.
      if (error instanceof AppError) return { ok: false, error: capIssues(error.toData()) };
      const named = options.translate?.(error, ctx);
      if (named) return { ok: false, error: capIssues(named.toData()) };
      options.onUnexpected?.(String(name), error);
      return { ok: false, error: new AppError('internal', internalErrorText).toData() };
    }
  };
}

export type Dispatch<Ctx> = ReturnType<typeof createDispatcher<Ctx>>;
