import { useEffect, useState } from 'react';

/**
 * The id of the section the reader is in: the last of `ids` whose top has passed the line just below the sticky
 * header. Follows scrolling and resizing; the first section until any has passed.
 */
export function useScrollSpy(ids: readonly string[], offset = 120): string | null {
  const [active, setActive] = useState<string | null>(ids[0] ?? null);
  const key = ids.join('|');

  useEffect(() => {
    const list = key === '' ? [] : key.split('|');
    let frame = 0;
    const measure = () => {
      frame = 0;
      let current = list[0] ?? null;
      for (const id of list) {
        const element = document.getElementById(id);
        if (element && element.getBoundingClientRect().top - offset <= 0) current = id;
      }
      // At the very bottom the last short sections can never pass the line: the reader is in the last one.
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      if (atBottom && list.length > 0) current = list.at(-1) ?? current;
      setActive(current);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [key, offset]);

  return active;
}
