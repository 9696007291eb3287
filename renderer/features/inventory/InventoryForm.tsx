import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/domain/company';
import type { InventoryEntry } from '../../../shared/domain/inventory';
import { AppError } from '../../../shared/errors';
import { useWrite } from '../../api/hooks';
import { EditorForm, EditorNotices } from '../../components/form/EditorForm';
import { FormActions } from '../../components/form/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { notifyDone, notifyFailure } from '../../lib/dialogs';
import { formatDateTime } from '../../lib/format';
import { useDeleteRecord } from '../../lib/useDeleteRecord';
import { useEditor } from '../../lib/useEditor';
import { useLanguage } from '../../lib/useLanguage';
import { useRecordForm } from '../../lib/useRecordForm';
import { InventoryBasicsSection } from './InventoryBasicsSection';
import { InventoryHandlingSection } from './InventoryHandlingSection';
import { InventoryItemsSection } from './InventoryItemsSection';
import { InventoryMeasuresSection } from './InventoryMeasuresSection';
import { InventoryProvisionSection } from './InventoryProvisionSection';
import { InventoryReviewSection } from './InventoryReviewSection';
import { emptyInventory, inventoryFormSchema, inventoryToValues, inventoryValuesToInput } from './inventoryFormValues';

interface InventoryFormProps {
  entry: InventoryEntry | null;
  companies: Company[];
  onReload: () => void;
}

/** Add or edit one entry of the 個人情報管理台帳. */
export function InventoryForm({ entry, companies, onReload }: InventoryFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const initial = useMemo(() => (entry ? inventoryToValues(entry) : emptyInventory(companies.length === 1 ? companies[0]!.id : null)), [entry, companies]);
  const form = useRecordForm(inventoryFormSchema, initial);
  const create = useWrite('inventory.create');
  const update = useWrite('inventory.update');
  const mark = useWrite('inventory.markReviewed');

  const editor = useEditor({
    form,
    listPath: '/inventory',
    isNew: entry === null,
    send: () => {
      const input = inventoryValuesToInput(form.values);
      return entry ? update.mutateAsync({ ...input, id: entry.id, revision: entry.revision }) : create.mutateAsync(input);
    },
  });

  const remove = useDeleteRecord('inventory.delete', '/inventory', editor);
  const askDelete = entry ? () => remove.ask({ id: entry.id, revision: entry.revision, title: t('inventory.deleteTitle'), name: entry.entryName }) : undefined;
  // The mark saves the record as stored: with unsaved edits in the form it would look as if they were saved too.
  const markReviewed =
    entry && !form.dirty
      ? () =>
          void mark
            .mutateAsync({ id: entry.id, revision: entry.revision })
            .then(() => {
              notifyDone(t('inventory.reviewedNotice'));
              onReload();
            })
            .catch((error: unknown) => notifyFailure(t('errors.saveFailed'), error instanceof AppError ? error.text[language] : String(error)))
      : undefined;

  return (
    <EditorForm editor={editor}>
      <PageHeader
        eyebrow={entry ? t('inventory.editTitle') : undefined}
        title={entry ? entry.entryName : t('inventory.newTitle')}
        lead={entry ? t('common.updatedAt', { value: formatDateTime(entry.updatedAt, language) }) : undefined}
      />
      <Stack gap="lg" className="wb-form">
        <EditorNotices editor={editor} issues={form.shownIssues} onReload={onReload} />
        <InventoryBasicsSection form={form} companies={companies} />
        <InventoryItemsSection form={form} />
        <InventoryHandlingSection form={form} />
        <InventoryProvisionSection form={form} />
        <InventoryMeasuresSection form={form} />
        <InventoryReviewSection form={form} entry={entry} onMarkReviewed={markReviewed} marking={mark.isPending} />
      </Stack>
      <FormActions saving={editor.saving} onCancel={editor.cancel} onDelete={askDelete} deleting={remove.deleting} />
    </EditorForm>
  );
}
