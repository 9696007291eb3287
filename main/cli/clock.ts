import { clockFromEnv } from '../core/clock';
import { clockText } from '../../shared/domain/incident-clock';
import type { CommandIO } from './command';

/**
 * The CLI's clock: the app's, so APPI_WORKBENCH_CLOCK moves it for every command as it does for the app — the
 * statuses `assess` rates, the dates exports print, the default period of `export timing`. Read once per process
 * (a moved clock then runs on from its start), and said once on stderr so a script's log shows it.
 */
let clock: (() => Date) | null | undefined;

export function cliClock(env: NodeJS.ProcessEnv = process.env): (() => Date) | undefined {
  if (clock === undefined) clock = clockFromEnv(env) ?? null;
  return clock ?? undefined;
}

/** The current instant on the CLI's clock. */
export function cliNow(): Date {
  return (cliClock() ?? (() => new Date()))();
}

/** One line, in both languages, when the clock is moved. */
export function announceMovedClock(io: CommandIO): void {
  const moved = cliClock();
  if (!moved) return;
  const at = clockText(moved());
  io.err(`注意：APPI_WORKBENCH_CLOCKにより、時計を${at.ja}に変更しています。\nNote: APPI_WORKBENCH_CLOCK is set: the clock reads ${at.en}, not the real time.`);
}
