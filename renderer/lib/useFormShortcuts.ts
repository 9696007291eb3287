import { useEffect, useEffectEvent } from 'react';

/** True while a dialog or an open dropdown owns Escape (Mantine closes those itself). */
function escapeBelongsElsewhere(target: EventTarget | null): boolean {
  if (document.querySelector('[role="dialog"][aria-modal="true"]')) return true;
  return target instanceof HTMLElement && target.getAttribute('aria-expanded') === 'true';
}

/**
 * The open form's keyboard: Ctrl+S (Cmd+S on macOS) saves, Escape cancels. Listening on the window
 * means the keys work from any field, which is where people are when they press them.
 */
export function useFormShortcuts(handlers: { onSave: () => void; onCancel: () => void }) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      // Always swallow it: the browser's "save page" dialog is never what is meant here.
      event.preventDefault();
      if (!document.querySelector('[role="dialog"][aria-modal="true"]')) handlers.onSave();
      return;
    }
    if (event.key === 'Escape' && !event.defaultPrevented && !event.isComposing && !escapeBelongsElsewhere(event.target)) {
      handlers.onCancel();
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
