import { useMemo, useState } from 'react';
import type { z } from 'zod';
import type { AppError, FieldIssue, FieldPath, LocalizedText } from '../../shared/errors';
import { issuesOf } from '../../shared/validation/issues';

/** A field counts as visited when it, or the whole group it belongs to (phones), was left. */
function isTouched(touched: ReadonlySet<string>, key: string): boolean {
  return touched.has(key) || touched.has(key.split('.')[0] ?? key);
}

/** A field's address in a form: phones.0.number, the same shape as an issue's path. */
export function pathKey(path: FieldPath | string): string {
  return typeof path === 'string' ? path : path.join('.');
}

export interface RecordForm<V> {
  values: V;
  /** Replaces one top-level field; clears what the server said about it, since it no longer applies. */
  setField<K extends keyof V & string>(name: K, value: V[K]): void;
  /** Marks a field as visited, so its client-side error starts to show. */
  touch(key: string): void;
  /** The error to show under a field now, if any. */
  errorAt(key: string): LocalizedText | undefined;
  /** Every error currently shown, for the summary above the form. */
  shownIssues: FieldIssue[];
  dirty: boolean;
  /** Runs the shared schema over everything and reveals every error; true when the form may be sent. */
  check(): boolean;
  /** Shows a failed save's field issues next to their fields. */
  acceptServerError(error: AppError): void;
  /**
   * A field whose text cannot become a value yet (a half-typed date or time): its message, or null once it
   * can. It blocks a save like a schema issue, so what was typed is never silently dropped.
   */
  setDraftIssue(key: string, message: LocalizedText | null): void;
}

export interface RecordFormOptions<V> {
  /**
   * Checks the schema cannot make, which the core makes with its own clock ("in the future"): run beside the
   * schema on every change, so a save shows them together with the schema's, worded as the core words them.
   */
  extraIssues?: (values: V) => FieldIssue[];
}

/**
 * Form state validated by the same zod schema the core uses at its edge, so a message under a field
 * is word for word the one the server (and the CLI) would give. Errors show once a field has been
 * left or a save was attempted, not while someone is still typing their first character; a save shows
 * every error at once (the shared schemas' refinements run even when another field failed).
 */
export function useRecordForm<V extends Record<string, unknown>>(
  schema: z.ZodType,
  initial: V,
  { extraIssues }: RecordFormOptions<V> = {},
): RecordForm<V> {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [draftIssues, setDraftIssues] = useState<ReadonlyMap<string, LocalizedText>>(() => new Map());

  const clientIssues = useMemo(() => {
    const result = schema.safeParse(values);
    const issues = result.success ? [] : issuesOf(result.error);
    const extra = extraIssues?.(values) ?? [];
    const known = new Set(issues.map((issue) => pathKey(issue.path)));
    return [...issues, ...extra.filter((issue) => !known.has(pathKey(issue.path)))];
  }, [schema, values, extraIssues]);

  const isShown = (key: string) => submitted || isTouched(touched, key);

  const shownIssues = useMemo(() => {
    const drafts = [...draftIssues]
      .filter(([key]) => submitted || isTouched(touched, key))
      .map(([key, message]): FieldIssue => ({ path: key.split('.'), message }));
    const draftKeys = new Set(drafts.map((issue) => pathKey(issue.path)));
    const shownClient = clientIssues.filter(
      (issue) => (submitted || isTouched(touched, pathKey(issue.path))) && !draftKeys.has(pathKey(issue.path)),
    );
    const clientKeys = new Set([...draftKeys, ...shownClient.map((issue) => pathKey(issue.path))]);
    return [...drafts, ...shownClient, ...serverIssues.filter((issue) => !clientKeys.has(pathKey(issue.path)))];
  }, [clientIssues, serverIssues, draftIssues, submitted, touched]);

  const initialJson = useMemo(() => JSON.stringify(initial), [initial]);

  return {
    values,
    setField(name, value) {
      setValues((current) => ({ ...current, [name]: value }));
      setServerIssues((current) => current.filter((issue) => issue.path[0] !== name));
    },
    touch(key) {
      setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));
    },
    errorAt(key) {
      const draft = draftIssues.get(key);
      if (draft && isShown(key)) return draft;
      const client = clientIssues.find((issue) => pathKey(issue.path) === key);
      if (client && isShown(key)) return client.message;
      return serverIssues.find((issue) => pathKey(issue.path) === key)?.message;
    },
    shownIssues,
    dirty: JSON.stringify(values) !== initialJson,
    check() {
      setSubmitted(true);
      return clientIssues.length === 0 && draftIssues.size === 0;
    },
    acceptServerError(error) {
      setSubmitted(true);
      setServerIssues(error.issues ?? (error.path.length > 0 ? [{ path: error.path, message: error.text }] : []));
    },
    setDraftIssue(key, message) {
      setDraftIssues((current) => {
        const same = message ? current.get(key)?.ja === message.ja && current.get(key)?.en === message.en : !current.has(key);
        if (same) return current;
        const next = new Map(current);
        if (message) next.set(key, message);
        else next.delete(key);
        return next;
      });
    },
  };
}

