import { z } from 'zod';
import { read } from './define';

/**
 * The app's clock, as the core reads it. APPI_WORKBENCH_CLOCK moves it (for demonstrations and tests of deadline
 * scenarios), and every part of the app must then count days from it, not from the machine's clock: the renderer
 * asks here once and keeps the offset, and shows a badge while the clock is moved.
 */
export const appClock = z.object({
  /** The core's "now", an ISO 8601 instant. */
  now: z.string(),
  /** True while the clock is moved away from the real time. */
  moved: z.boolean(),
});
export type AppClock = z.infer<typeof appClock>;

export const clockContract = {
  'app.clock': read(z.object({}).strict(), appClock, { ja: 'アプリの時計', en: "The app's clock" }),
};
