import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/domain/company';
import { deskInput, type Desk } from '../../../shared/domain/desk';
import { useWrite } from '../../api/hooks';
import { EditorForm, EditorNotices } from '../../components/form/EditorForm';
import { FormActions } from '../../components/form/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useDeleteRecord } from '../../lib/useDeleteRecord';
import { useEditor } from '../../lib/useEditor';
import { useLanguage } from '../../lib/useLanguage';
import { useRecordForm } from '../../lib/useRecordForm';
import { DeskAddressSection } from './DeskAddressSection';
import { DeskBasicsSection } from './DeskBasicsSection';
import { DeskContactSection } from './DeskContactSection';
import { DeskReceptionSection } from './DeskReceptionSection';
import { DeskRequestsPanel } from '../requests/DeskRequestsPanel';
import { deskToValues, deskValuesToInput, emptyDesk } from './deskFormValues';

interface DeskFormProps {
  desk: Desk | null;
  companies: Company[];
  onReload: () => void;
}

/** Add or edit one desk: who runs it, how to reach it, when it answers and in which languages. */
export function DeskForm({ desk, companies, onReload }: DeskFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const initial = useMemo(
    () => (desk ? deskToValues(desk) : emptyDesk(companies.length === 1 ? companies[0]!.id : null)),
    [desk, companies],
  );
  const form = useRecordForm(deskInput, initial);
  const create = useWrite('desks.create');
  const update = useWrite('desks.update');

  const editor = useEditor({
    form,
    listPath: '/desks',
    isNew: desk === null,
    send: () => {
      const input = deskValuesToInput(form.values);
      return desk ? update.mutateAsync({ ...input, id: desk.id, revision: desk.revision }) : create.mutateAsync(input);
    },
  });

  const remove = useDeleteRecord('desks.delete', '/desks', editor);
  const askDelete = desk ? () => remove.ask({ id: desk.id, revision: desk.revision, title: t('desks.deleteTitle'), name: desk.nameJa }) : undefined;

  return (
    <EditorForm editor={editor}>
      <PageHeader
        eyebrow={desk ? t('desks.editTitle') : undefined}
        title={desk ? desk.nameJa : t('desks.newTitle')}
        lead={desk ? t('common.updatedAt', { value: formatDateTime(desk.updatedAt, language) }) : undefined}
      />
      <Stack gap="lg" className="wb-form">
        <EditorNotices editor={editor} issues={form.shownIssues} onReload={onReload} />
        <DeskBasicsSection form={form} companies={companies} />
        <DeskContactSection form={form} />
        <DeskAddressSection form={form} />
        <DeskReceptionSection form={form} />
        {desk && <DeskRequestsPanel deskId={desk.id} />}
      </Stack>
      <FormActions saving={editor.saving} onCancel={editor.cancel} onDelete={askDelete} deleting={remove.deleting} />
    </EditorForm>
  );
}
