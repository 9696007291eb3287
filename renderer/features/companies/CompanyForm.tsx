import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { companyInput, type Company } from '../../../shared/domain/company';
import { useClient } from '../../api/context';
import { useWrite } from '../../api/hooks';
import { EditorForm, EditorNotices } from '../../components/form/EditorForm';
import { FormActions } from '../../components/form/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../lib/format';
import { useDeleteRecord } from '../../lib/useDeleteRecord';
import { useEditor } from '../../lib/useEditor';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { useRecordForm } from '../../lib/useRecordForm';
import { CompanyFields } from './CompanyFields';
import { CompanyMembershipSection } from './CompanyMembershipSection';
import { companyToValues, emptyCompany } from './companyFormValues';

interface CompanyFormProps {
  /** null for a new company. */
  company: Company | null;
  onReload: () => void;
}

/** Add or edit one company; validated on the client with the schema the core uses. */
export function CompanyForm({ company, onReload }: CompanyFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const initial = useMemo(() => (company ? companyToValues(company) : emptyCompany), [company]);
  const form = useRecordForm(companyInput, initial);
  const create = useWrite('companies.create');
  const update = useWrite('companies.update');

  const editor = useEditor({
    form,
    listPath: '/companies',
    isNew: company === null,
    send: () =>
      company
        ? update.mutateAsync({ ...form.values, id: company.id, revision: company.revision })
        : create.mutateAsync(form.values),
  });

  const client = useClient();
  const remove = useDeleteRecord('companies.delete', '/companies', editor);
  // A company that still has desks (or incidents) is refused before the confirmation, not after it.
  const askDelete = company
    ? () =>
        remove.ask({
          id: company.id,
          revision: company.revision,
          title: t('companies.deleteTitle'),
          name: companyDisplayName(company, language),
          check: async () => (await client.invoke('companies.deleteCheck', { id: company.id })).refusal,
        })
    : undefined;

  return (
    <EditorForm editor={editor}>
      <PageHeader
        eyebrow={company ? t('companies.editTitle') : undefined}
        title={company ? companyDisplayName(company, language) : t('companies.newTitle')}
        lead={company ? t('common.updatedAt', { value: formatDateTime(company.updatedAt, language) }) : undefined}
      />
      <Stack gap="lg" className="wb-form">
        <EditorNotices editor={editor} issues={form.shownIssues} onReload={onReload} />
        <CompanyFields form={form} />
        <CompanyMembershipSection form={form} companyId={company?.id ?? null} />
      </Stack>
      <FormActions saving={editor.saving} onCancel={editor.cancel} onDelete={askDelete} deleting={remove.deleting} />
    </EditorForm>
  );
}
