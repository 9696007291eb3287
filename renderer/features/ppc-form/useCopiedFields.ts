import { useCallback, useState } from 'react';

/**
 * Which fields of one report were copied, and what text was copied for each, kept in the browser's storage so a
 * reload or a return to the screen keeps the progress. A field counts as copied only while its value is still the
 * text that was copied: a value edited since then has to be copied again.
 */
type Copied = Record<string, string>;

const storageKey = (notificationId: number) => `appi-workbench.ppc-form.${notificationId}`;

function load(notificationId: number): Copied {
  try {
    const raw = localStorage.getItem(storageKey(notificationId));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Copied) : {};
  } catch {
    return {};
  }
}

function save(notificationId: number, copied: Copied): void {
  try {
    localStorage.setItem(storageKey(notificationId), JSON.stringify(copied));
  } catch {
    // Storage full or unavailable: the marks last for this visit only.
  }
}

export function useCopiedFields(notificationId: number) {
  const [copied, setCopied] = useState<Copied>(() => load(notificationId));

  const mark = useCallback(
    (key: string, text: string) => {
      setCopied((current) => {
        const next = { ...current, [key]: text };
        save(notificationId, next);
        return next;
      });
    },
    [notificationId],
  );

  const reset = useCallback(() => {
    setCopied({});
    save(notificationId, {});
  }, [notificationId]);

  const isCopied = useCallback((key: string, text: string) => copied[key] === text, [copied]);

  return { isCopied, mark, reset };
}
