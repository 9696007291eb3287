import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import type { PolicySection } from '../../../shared/policy/model';
import { useClient } from '../../api/context';
import { asAppError } from './policyErrors';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

/** Quiet after typing stops; never longer than MAX_WAIT after the first unsaved keystroke, so a crash loses ≤ 1 s. */
const DEBOUNCE_MS = 700;
const MAX_WAIT_MS = 1000;

interface DraftRef {
  versionId: number;
  revision: number;
  sections: PolicySection[];
}

/**
 * The editor's autosave: the whole ordered section list through policyDrafts.save, 700 ms after the last change
 * (at most a second after the first), one request at a time, the next one carrying the revision the last one
 * returned. A `conflict` (the draft changed elsewhere) stops saving until the user reloads.
 */
export function useDraftAutosave(draft: DraftRef | null, sections: PolicySection[]) {
  const client = useClient();
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const revision = useRef(draft?.revision ?? 0);
  const stored = useRef(JSON.stringify(draft?.sections ?? []));
  const latest = useRef(sections);
  const inFlight = useRef(false);
  const blocked = useRef(false);
  const dirtySince = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = sections;
  }, [sections]);

  const save = useCallback(async () => {
    if (!draft || inFlight.current || blocked.current) return;
    if (timer.current) clearTimeout(timer.current);
    inFlight.current = true;
    try {
      // Changes typed while a save was under way go in the next round, with the revision it returned.
      for (let sending = latest.current; JSON.stringify(sending) !== stored.current; sending = latest.current) {
        const json = JSON.stringify(sending);
        setStatus('saving');
        const result = await client.invoke('policyDrafts.save', { versionId: draft.versionId, revision: revision.current, sections: sending });
        revision.current = result.version.revision;
        stored.current = json;
        setSavedAt(new Date());
        setError(null);
      }
      dirtySince.current = null;
      setStatus('saved');
    } catch (caught) {
      const appError = asAppError(caught);
      setError(appError);
      if (appError.code === 'conflict') blocked.current = true;
      setStatus(appError.code === 'conflict' ? 'conflict' : 'error');
    } finally {
      inFlight.current = false;
    }
  }, [client, draft]);

  useEffect(() => {
    if (!draft || blocked.current) return;
    if (JSON.stringify(sections) === stored.current) return;
    const now = Date.now();
    dirtySince.current ??= now;
    setStatus((current) => (current === 'saving' ? current : 'pending'));
    if (timer.current) clearTimeout(timer.current);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, dirtySince.current + MAX_WAIT_MS - now));
    timer.current = setTimeout(() => void save(), wait);
  }, [sections, draft, save]);

  // Leaving the editor (another screen, closing the window) sends what is not saved yet.
  useEffect(() => {
    const flush = () => void save();
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [save]);

  /** Waits for a save under way, then sends what is left (before publishing). */
  const flush = useCallback(async () => {
    while (inFlight.current) await new Promise((resolve) => setTimeout(resolve, 50));
    await save();
    while (inFlight.current) await new Promise((resolve) => setTimeout(resolve, 50));
  }, [save]);

  return { status, savedAt, error, flush, retry: () => void save(), revision: () => revision.current };
}
