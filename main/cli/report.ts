import { isAppError, type ErrorCode } from '../../shared/errors';
import { exitCodes, type CommandIO } from './command';

/** Codes that mean "you asked wrongly" (exit 2) rather than "it went wrong" (exit 1). */
const badInputCodes: ReadonlySet<ErrorCode> = new Set(['validation', 'workspace_invalid', 'not_found', 'unknown_operation']);

/** Prints an error in Japanese and English, one field per line, and returns the exit code. */
export function reportError(error: unknown, io: CommandIO): number {
  if (!isAppError(error)) {
    io.err(`エラー：予期しないエラーが発生しました。\nError: unexpected failure.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return exitCodes.failure;
  }
  const lines = [`エラー：${error.text.ja}`, `Error: ${error.text.en}`];
  // The first issue is already the message; list any others so every bad field is named.
  for (const issue of error.issues?.slice(1) ?? []) lines.push(`  ${issue.message.ja} / ${issue.message.en}`);
  io.err(lines.join('\n'));
  return badInputCodes.has(error.code) ? exitCodes.badInput : exitCodes.failure;
}
