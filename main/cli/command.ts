import type { LocalizedText } from '../../shared/errors';

/** Where a command writes; tests can pass their own. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
}

/** One subcommand of `appi-workbench`: one file under commands/, listed once in commands/index.ts. */
export interface Command {
  name: string;
  /** The line `--help` shows, e.g. `info --workspace W [--json]`. */
  usage: string;
  summary: LocalizedText;
  /** Resolves to the process exit code; throws AppError for bad input (see report.ts). */
  run(argv: string[], io: CommandIO): Promise<number>;
}

export const exitCodes = { ok: 0, failure: 1, badInput: 2 } as const;
