import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/domain/company';
import { entrusteeInput, type Entrustee } from '../../../shared/domain/entrustee';
import { useWrite } from '../../api/hooks';
import { EditorForm, EditorNotices } from '../../components/form/EditorForm';
import { FormActions } from '../../components/form/FormActions';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { PageHeader } from '../../components/PageHeader';
import { useAppNow } from '../../lib/appClock';
import { formatDateTime } from '../../lib/format';
import { japanToday } from '../../lib/japanDates';
import { useDeleteRecord } from '../../lib/useDeleteRecord';
import { useEditor } from '../../lib/useEditor';
import { useLanguage } from '../../lib/useLanguage';
import { useRecordForm } from '../../lib/useRecordForm';
import { EntrusteeBasicsSection } from './EntrusteeBasicsSection';
import { EntrusteeChecksSection } from './EntrusteeChecksSection';
import { EntrusteeContractSection } from './EntrusteeContractSection';
import { emptyEntrustee, entrusteeToValues, entrusteeValuesToInput } from './entrusteeFormValues';

interface EntrusteeFormProps {
  entrustee: Entrustee | null;
  companies: Company[];
  onReload: () => void;
}

/** Add or edit one entrustee: who, the contract, and its selection and supervision checks. */
export function EntrusteeForm({ entrustee, companies, onReload }: EntrusteeFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = japanToday(useAppNow());
  const initial = useMemo(() => (entrustee ? entrusteeToValues(entrustee) : emptyEntrustee(companies.length === 1 ? companies[0]!.id : null)), [entrustee, companies]);
  const form = useRecordForm(entrusteeInput, initial);
  const create = useWrite('entrustees.create');
  const update = useWrite('entrustees.update');
  const editor = useEditor({
    form,
    listPath: '/entrustees',
    isNew: entrustee === null,
    send: () => {
      const input = entrusteeValuesToInput(form.values);
      return entrustee ? update.mutateAsync({ ...input, id: entrustee.id, revision: entrustee.revision }) : create.mutateAsync(input);
    },
  });
  const remove = useDeleteRecord('entrustees.delete', '/entrustees', editor);
  const askDelete = entrustee ? () => remove.ask({ id: entrustee.id, revision: entrustee.revision, title: t('entrustees.deleteTitle'), name: entrustee.entrusteeName }) : undefined;

  return (
    <EditorForm editor={editor}>
      <PageHeader
        eyebrow={entrustee ? t('entrustees.editTitle') : undefined}
        title={entrustee ? entrustee.entrusteeName : t('entrustees.newTitle')}
        lead={entrustee ? t('common.updatedAt', { value: formatDateTime(entrustee.updatedAt, language) }) : undefined}
      />
      <Stack gap="lg" className="wb-form">
        <EditorNotices editor={editor} issues={form.shownIssues} onReload={onReload} />
        <EntrusteeBasicsSection form={form} companies={companies} entrustee={entrustee} />
        <EntrusteeContractSection form={form} />
        <EntrusteeChecksSection form={form} today={today} nextCheckOn={entrustee ? entrustee.nextCheckOn : undefined} />
        <FormSection id="entrustee-note" title={t('entrustees.sections.note')}>
          <TextField form={form} name="entrusteeNote" multiline />
        </FormSection>
      </Stack>
      <FormActions saving={editor.saving} onCancel={editor.cancel} onDelete={askDelete} deleting={remove.deleting} />
    </EditorForm>
  );
}
