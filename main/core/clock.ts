import { tryParseInstant } from '../../shared/appi/japan-time';
import { AppError } from '../../shared/errors';

/**
 * APPI_WORKBENCH_CLOCK moves the app's clock to another instant (it then runs on from there), so deadline
 * scenarios — a leak known on 28 December, reported on the 29th — can be shown and tested on any day. The
 * shells print a warning line whenever it is set; records written under it say so in their timestamps only.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv): (() => Date) | undefined {
  const value = env.APPI_WORKBENCH_CLOCK;
  if (value === undefined || value === '') return undefined;
  const start = tryParseInstant(value);
  if (start === null) {
    throw new AppError(
      'validation',
      {
        ja: `APPI_WORKBENCH_CLOCKは2026-12-28T09:30:00+09:00のように、時差を付けた日時で指定してください（${value}）。`,
        en: `Set APPI_WORKBENCH_CLOCK to an instant with its offset, e.g. 2026-12-28T09:30:00+09:00 (got ${value}).`,
      },
      ['APPI_WORKBENCH_CLOCK'],
    );
  }
  const startedAt = Date.now();
  return () => new Date(start + (Date.now() - startedAt));
}
