import { useLayoutEffect } from 'react';

/**
 * For a dialog that is mounted only while open (`{open && <Dialog />}`): Mantine returns focus on its close
 * transition, which an unmount skips, so focus fell to the page body. This remembers the control that had focus
 * when the dialog mounted (the button that opened it) and puts focus back there when it goes (issue 13 item 4).
 */
export function useReturnFocus(): void {
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    return () => {
      if (!opener) return;
      requestAnimationFrame(() => {
        if (opener.isConnected && (document.activeElement === document.body || document.activeElement === null)) opener.focus();
      });
    };
  }, []);
}
