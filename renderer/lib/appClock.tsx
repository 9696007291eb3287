import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { operationKey } from '../api/hooks';
import { useClient } from '../api/context';

/**
 * The app's clock in the renderer. The core reads its clock from APPI_WORKBENCH_CLOCK when it is moved, and every
 * screen must count from the same "now" — the live assessment's days left, a time refused as "in the future", the
 * default period of a report — never from the browser's Date.now(). The core is asked once (app.clock); the offset
 * from the browser's clock is kept, since a moved clock runs on at the real pace.
 */
export interface AppClock {
  now(): Date;
  /** True while the clock is moved away from the real time: the header shows a badge. */
  moved: boolean;
}

const realClock: AppClock = { now: () => new Date(), moved: false };
const AppClockContext = createContext<AppClock>(realClock);

export function AppClockProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const query = useQuery({
    queryKey: operationKey('app.clock', {}),
    queryFn: async () => {
      const answer = await client.invoke('app.clock', {});
      return { ...answer, receivedAt: Date.now() };
    },
    staleTime: Infinity,
  });
  const data = query.data;
  const clock = useMemo<AppClock>(() => {
    if (!data) return realClock;
    const offset = Date.parse(data.now) - data.receivedAt;
    return { now: () => new Date(Date.now() + offset), moved: data.moved };
  }, [data]);
  // A moment at start-up: no screen counts days from the wrong clock meanwhile. A core that cannot say keeps the real one.
  if (query.isPending) return null;
  return <AppClockContext value={clock}>{children}</AppClockContext>;
}

export function useAppClock(): AppClock {
  return useContext(AppClockContext);
}

/** The app's now, read again every `everyMs` (a minute by default), for what counts days or shows the time. */
export function useAppNow(everyMs = 60_000): Date {
  const clock = useAppClock();
  const [reading, setReading] = useState(() => ({ clock, now: clock.now() }));
  // The clock itself changed (the core answered again): read the new one at once.
  if (reading.clock !== clock) setReading({ clock, now: clock.now() });
  useEffect(() => {
    const timer = setInterval(() => setReading({ clock, now: clock.now() }), everyMs);
    return () => clearInterval(timer);
  }, [clock, everyMs]);
  return reading.now;
}
