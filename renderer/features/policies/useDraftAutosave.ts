import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PolicyDetail } from '../../../shared/domain/policy';
import type { AppError } from '../../../shared/errors';
import type { PolicySection } from '../../../shared/policy/model';
import { operationKey } from '../../api/hooks';
import { useClient } from '../../api/context';
import { asAppError } from './policyErrors';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

/** Quiet after typing stops; never longer than MAX_WAIT after the first unsaved keystroke, so a crash loses ≤ 1 s. */
const DEBOUNCE_MS = 700;
const MAX_WAIT_MS = 1000;

interface DraftRef {
  policyId: number;
  versionId: number;
  revision: number;
  sections: PolicySection[];
}

/** What another window or process saved, when it differs from both what this editor last saved and what it shows. */
export interface DraftConflict {
  revision: number;
  sections: PolicySection[];
}

const same = (json: string, sections: readonly PolicySection[]) => json === JSON.stringify(sections);

/**
 * The editor's autosave: the whole ordered section list through policyDrafts.save, 700 ms after the last change
 * (at most a second after the first), one request at a time, the next one carrying the revision the last one
 * returned. Each save also goes into the cached `policies.get`, so leaving and reopening the editor shows it (the
 * cache lives 30 s; before, reopening showed the answer from before the save and its old revision, so the next save
 * failed as a conflict). A refused revision is a conflict only when the stored draft differs both from what this
 * editor last saved and from what it shows: then saving stops and the user chooses (keep mine / load theirs).
 * `replace` sets the editor's sections (loading theirs, or a newer save of this window that arrived after mount).
 */
export function useDraftAutosave(draft: DraftRef | null, sections: PolicySection[], replace: (sections: PolicySection[]) => void) {
  const client = useClient();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [conflict, setConflict] = useState<DraftConflict | null>(null);
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

  /** The cached detail now holds `saved` at `rev`; every other read is marked stale (lists, history, checks). */
  const remember = useCallback(
    (rev: number, saved: PolicySection[], summary?: Partial<PolicyDetail['current']>) => {
      if (!draft) return;
      const key = operationKey('policies.get', { id: draft.policyId });
      queryClient.setQueryData<PolicyDetail>(key, (old) =>
        old && old.current.id === draft.versionId ? { ...old, current: { ...old.current, ...summary, revision: rev, sections: saved } } : old,
      );
      void queryClient.invalidateQueries({
        predicate: (query) => !(query.queryKey[0] === 'policies.get' || (query.queryKey[0] === 'policies.check' && 'sections' in Object(query.queryKey[1]))),
        refetchType: 'none',
      });
    },
    [draft, queryClient],
  );

  /** After a refused revision: the stored draft now, and whether it is a real change from elsewhere. */
  const resolveRefusal = useCallback(
    async (sending: PolicySection[]): Promise<'retry' | 'conflict'> => {
      if (!draft) return 'conflict';
      const detail = await client.invoke('policies.get', { id: draft.policyId });
      const theirs = detail.current;
      if (theirs.id !== draft.versionId || theirs.status !== 'draft') {
        setConflict(null);
        return 'conflict';
      }
      // Our own earlier save (another editor of this window, or a reply lost on the way), or no change of content:
      // nothing of anyone's is lost by going on from the stored revision.
      if (same(stored.current, theirs.sections) || same(JSON.stringify(sending), theirs.sections)) {
        revision.current = theirs.revision;
        stored.current = JSON.stringify(theirs.sections);
        return 'retry';
      }
      setConflict({ revision: theirs.revision, sections: theirs.sections });
      return 'conflict';
    },
    [client, draft],
  );

  const save = useCallback(async () => {
    if (!draft || inFlight.current || blocked.current) return;
    if (timer.current) clearTimeout(timer.current);
    inFlight.current = true;
    try {
      let retries = 0;
      // Changes typed while a save was under way go in the next round, with the revision it returned.
      for (let sending = latest.current; JSON.stringify(sending) !== stored.current; sending = latest.current) {
        const json = JSON.stringify(sending);
        setStatus('saving');
        try {
          const result = await client.invoke('policyDrafts.save', { versionId: draft.versionId, revision: revision.current, sections: sending });
          revision.current = result.version.revision;
          stored.current = json;
          remember(result.version.revision, sending, result.version);
          setSavedAt(new Date());
          setError(null);
        } catch (caught) {
          if (asAppError(caught).code !== 'conflict' || retries++ > 2) throw caught;
          if ((await resolveRefusal(sending)) === 'conflict') throw caught;
        }
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
  }, [client, draft, remember, resolveRefusal]);

  // A newer stored draft reaching the cache (this window's save sent on leaving the previous editor, landing after
  // this one opened; or a refetch): shown at once when nothing is typed here, else it is a conflict to resolve.
  useEffect(() => {
    if (!draft || draft.revision <= revision.current || inFlight.current) return;
    if (same(stored.current, draft.sections)) {
      revision.current = draft.revision;
      return;
    }
    if (same(stored.current, latest.current)) {
      revision.current = draft.revision;
      stored.current = JSON.stringify(draft.sections);
      replace(draft.sections);
      return;
    }
    blocked.current = true;
    setConflict({ revision: draft.revision, sections: draft.sections });
    setStatus('conflict');
  }, [draft, replace]);

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

  /** Conflict resolved by keeping this editor's text: saved over theirs, on their revision. */
  const keepMine = useCallback(() => {
    if (!conflict) return;
    revision.current = conflict.revision;
    stored.current = JSON.stringify(conflict.sections);
    blocked.current = false;
    setConflict(null);
    void save();
  }, [conflict, save]);

  /** Conflict resolved by taking theirs (the caller has asked the user): this editor's unsaved text is dropped. */
  const loadTheirs = useCallback(() => {
    if (!conflict) return;
    revision.current = conflict.revision;
    stored.current = JSON.stringify(conflict.sections);
    blocked.current = false;
    setConflict(null);
    latest.current = conflict.sections;
    replace(conflict.sections);
    remember(conflict.revision, conflict.sections);
    dirtySince.current = null;
    setStatus('saved');
    setError(null);
  }, [conflict, remember, replace]);

  return { status, savedAt, error, conflict, keepMine, loadTheirs, flush, retry: () => void save(), revision: () => revision.current };
}
