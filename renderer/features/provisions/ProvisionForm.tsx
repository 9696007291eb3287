import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/domain/company';
import type { ProvisionRecord } from '../../../shared/domain/provision-record';
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
import { ProvisionContentSection } from './ProvisionContentSection';
import { ProvisionKindSection } from './ProvisionKindSection';
import { ProvisionRetention } from './ProvisionRetention';
import { emptyProvision, provisionFormSchema, provisionToValues, provisionValuesToInput } from './provisionFormValues';
import '../requests/registers.css';

interface ProvisionFormProps {
  record: ProvisionRecord | null;
  companies: Company[];
  onReload: () => void;
}

/** Add or edit one record of provision to, or receipt from, a third party, with its retention computed as you type. */
export function ProvisionForm({ record, companies, onReload }: ProvisionFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = japanToday(useAppNow());
  const initial = useMemo(
    () => (record ? provisionToValues(record) : emptyProvision(companies.length === 1 ? companies[0]!.id : null, today)),
    // The form starts once; `today` moving on at midnight must not reset what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [record, companies],
  );
  const form = useRecordForm(provisionFormSchema, initial);
  const create = useWrite('provisions.create');
  const update = useWrite('provisions.update');
  const editor = useEditor({
    form,
    listPath: '/provisions',
    isNew: record === null,
    send: () => {
      const input = provisionValuesToInput(form.values);
      return record ? update.mutateAsync({ ...input, id: record.id, revision: record.revision }) : create.mutateAsync(input);
    },
  });
  const remove = useDeleteRecord('provisions.delete', '/provisions', editor);
  const title = record ? `${t(`provisions.directions.${record.direction}`)}${t('common.titleSeparator')}${record.counterparty}` : t('provisions.newTitle');
  const askDelete = record ? () => remove.ask({ id: record.id, revision: record.revision, title: t('provisions.deleteTitle'), name: title }) : undefined;

  return (
    <EditorForm editor={editor}>
      <PageHeader
        eyebrow={record ? t('provisions.editTitle') : undefined}
        title={title}
        lead={record ? t('common.updatedAt', { value: formatDateTime(record.updatedAt, language) }) : undefined}
      />
      <Stack gap="lg" className="wb-form">
        <EditorNotices editor={editor} issues={form.shownIssues} onReload={onReload} />
        <ProvisionKindSection form={form} companies={companies} />
        <ProvisionContentSection form={form} />
        <FormSection title={t('provisions.sections.retention')}>
          <ProvisionRetention values={form.values} />
          <TextField form={form} name="provisionNote" multiline />
        </FormSection>
      </Stack>
      <FormActions saving={editor.saving} onCancel={editor.cancel} onDelete={askDelete} deleting={remove.deleting} />
    </EditorForm>
  );
}
