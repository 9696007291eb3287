import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The height that lets an element reach the bottom of the window, less `reserve` for what follows it (a
 * footer line): a scrolling list then fills the screen without the page scrolling as well, however many
 * lines the header and the filters above it wrap to.
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, reserve: number, minimum = 240): number | undefined {
  const [height, setHeight] = useState<number>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(minimum, Math.floor(window.innerHeight - top - reserve)));
    };
    measure();
    // Above the list, filters wrap and unwrap (a longer language, a cleared filter): follow them as well —
    // in the next frame, since the new height resizes the observed parent again (no ResizeObserver loop).
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    if (element.parentElement) observer.observe(element.parentElement);
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref, reserve, minimum]);
  return height;
}
