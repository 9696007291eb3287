import { useEffect, useRef, type ReactNode } from 'react';
import type { FieldIssue } from '../../../shared/errors';
import type { Editor } from '../../lib/useEditor';
import { ErrorSummary } from './ErrorSummary';
import { FailureNotice } from './FailureNotice';

const FIELDS = 'input:not([type="hidden"]):not([disabled]):not([readonly]), select:not([disabled]), textarea:not([disabled]):not([readonly])';

/**
 * A record form's <form>: no browser validation (the shared schema speaks), Enter and 保存 submit through the editor.
 * When it opens, the cursor is in its first field (issue 13 item 4: after 「インシデントを登録」 the first keys typed
 * went to the page body) — unless focus is already somewhere in the form, or a deep link put it elsewhere in main.
 */
export function EditorForm({ editor, children }: { editor: Editor; children: ReactNode }) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const form = ref.current;
      const active = document.activeElement;
      if (!form || (active && active !== document.body && active.closest('main'))) return;
      form.querySelector<HTMLElement>(FIELDS)?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <form
      ref={ref}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void editor.submit();
      }}
    >
      {children}
    </form>
  );
}

/** Above a record form's fields: a refusal other than a field's (with a reload for a conflict), and after a failed check the list of issues. */
export function EditorNotices({ editor, issues, onReload }: { editor: Editor; issues: FieldIssue[]; onReload: () => void }) {
  return (
    <>
      {editor.failure && <FailureNotice error={editor.failure.error} action={editor.failure.action} onReload={onReload} />}
      {editor.showSummary && <ErrorSummary issues={issues} />}
    </>
  );
}
