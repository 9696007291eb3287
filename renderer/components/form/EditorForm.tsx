import type { ReactNode } from 'react';
import type { FieldIssue } from '../../../shared/errors';
import type { Editor } from '../../lib/useEditor';
import { ErrorSummary } from './ErrorSummary';
import { FailureNotice } from './FailureNotice';

/** A record form's <form>: no browser validation (the shared schema speaks), Enter and 保存 submit through the editor. */
export function EditorForm({ editor, children }: { editor: Editor; children: ReactNode }) {
  return (
    <form
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
