import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { AppError, type LocalizedText } from '../../shared/errors';
import { useWrite } from '../api/hooks';
import { confirmDelete, notifyDone } from './dialogs';

type DeleteOperation = 'companies.delete' | 'desks.delete' | 'incidents.delete' | 'requests.delete' | 'provisions.delete' | 'inventory.delete' | 'entrustees.delete';

interface DeleteTarget {
  id: number;
  /** The revision the form shows: the core refuses the delete if another tab changed the record since. */
  revision: number;
  /** The dialog's title, e.g. 「事業者の削除」. */
  title: string;
  /** The record's name, shown in the default confirmation text. */
  name: string;
  body?: string;
  /** Asked before the confirmation: a reason the delete would be refused now is shown instead of the dialog. */
  check?: () => Promise<LocalizedText | null>;
}

/**
 * Delete from a record's form: ask first naming the record, then delete, say so, and go back to the list. A refusal
 * (e.g. a company that still has desks, or one changed in another tab since it was read) is shown in the form through
 * the editor, not lost in a toast.
 */
export function useDeleteRecord(
  operation: DeleteOperation,
  listPath: string,
  editor: { clearFailure(): void; reportDeleteFailure(error: unknown): void },
) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const remove = useWrite(operation);
  const confirm = (target: DeleteTarget) =>
    confirmDelete({
      title: target.title,
      name: target.name,
      ...(target.body ? { body: target.body } : {}),
      onConfirm: () => {
        editor.clearFailure();
        // mutateAsync, not mutate's callbacks: those are dropped if the form unmounts first, leaving the user on a
        // deleted record's page.
        remove.mutateAsync({ id: target.id, revision: target.revision }).then(() => {
          notifyDone(t('common.deleted'));
          navigate(listPath);
        }, editor.reportDeleteFailure);
      },
    });
  const ask = (target: DeleteTarget) => {
    if (!target.check) return confirm(target);
    editor.clearFailure();
    target.check().then(
      (refusal) => (refusal ? editor.reportDeleteFailure(new AppError('conflict', refusal, ['id'])) : confirm(target)),
      editor.reportDeleteFailure,
    );
  };
  return { ask, deleting: remove.isPending };
}
