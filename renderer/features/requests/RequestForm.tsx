import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/domain/company';
import type { DataRequest } from '../../../shared/domain/data-request';
import type { Desk } from '../../../shared/domain/desk';
import { useRead, useWrite } from '../../api/hooks';
import { EditorForm, EditorNotices } from '../../components/form/EditorForm';
import { FormActions } from '../../components/form/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { useAppNow } from '../../lib/appClock';
import { formatDateTime } from '../../lib/format';
import { formatCivilDate, japanToday } from '../../lib/japanDates';
import { useDeleteRecord } from '../../lib/useDeleteRecord';
import { useEditor } from '../../lib/useEditor';
import { useLanguage } from '../../lib/useLanguage';
import { useRecordForm } from '../../lib/useRecordForm';
import { RequestContentSection } from './RequestContentSection';
import { RequestReceivedSection } from './RequestReceivedSection';
import { RequestResponseSection } from './RequestResponseSection';
import { RequestStepsSection } from './RequestStepsSection';
import { emptyRequest, requestFormSchema, requestToValues, requestValuesToInput } from './requestFormValues';
import './registers.css';

interface RequestFormProps {
  request: DataRequest | null;
  companies: Company[];
  desks: Desk[];
  /** A new request from a desk's page starts at that desk. */
  deskId: number | null;
  onReload: () => void;
}

/** Log or update one request or complaint: received, what was asked, identity and fee, steps, the answer. */
export function RequestForm({ request, companies, desks, deskId, onReload }: RequestFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = japanToday(useAppNow());
  const initial = useMemo(() => {
    if (request) return requestToValues(request);
    const desk = desks.find((d) => d.id === deskId);
    const values = emptyRequest(desk?.companyId ?? (companies.length === 1 ? companies[0]!.id : null), today);
    return desk ? { ...values, receivingDeskId: desk.id } : values;
    // The form starts once; `today` moving on at midnight must not reset what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, companies, desks, deskId]);
  const form = useRecordForm(requestFormSchema, initial);
  const settings = useRead('requests.getSettings', { companyId: form.values.companyId ?? 0 }, { enabled: request === null && form.values.companyId !== null });
  const create = useWrite('requests.create');
  const update = useWrite('requests.update');

  const editor = useEditor({
    form,
    listPath: '/requests',
    isNew: request === null,
    send: () => {
      const input = requestValuesToInput(form.values);
      return request ? update.mutateAsync({ ...input, id: request.id, revision: request.revision }) : create.mutateAsync(input);
    },
  });
  const remove = useDeleteRecord('requests.delete', '/requests', editor);
  const title = request ? `${t(`requests.kinds.${request.requestKind}`)}${t('common.titleSeparator')}${formatCivilDate(request.receivedOn, language)}` : t('requests.newTitle');
  const askDelete = request ? () => remove.ask({ id: request.id, revision: request.revision, title: t('requests.deleteTitle'), name: title }) : undefined;
  const defaultDays = request?.responseDays ?? settings.data?.responseDays ?? 14;
  const deletedDeskName = request && request.receivingDeskId === null ? request.deskName : '';

  return (
    <EditorForm editor={editor}>
      <PageHeader
        eyebrow={request ? t('requests.editTitle') : undefined}
        title={title}
        lead={request ? t('common.updatedAt', { value: formatDateTime(request.updatedAt, language) }) : undefined}
      />
      <Stack gap="lg" className="wb-form">
        <EditorNotices editor={editor} issues={form.shownIssues} onReload={onReload} />
        <RequestReceivedSection form={form} companies={companies} desks={desks} deletedDeskName={deletedDeskName} />
        <RequestContentSection form={form} />
        <RequestStepsSection form={form} today={today} />
        <RequestResponseSection form={form} defaultDays={defaultDays} />
      </Stack>
      <FormActions saving={editor.saving} onCancel={editor.cancel} onDelete={askDelete} deleting={remove.deleting} />
    </EditorForm>
  );
}
