import { Stack } from '@mantine/core';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/domain/company';
import { incidentInput, type IncidentDetail } from '../../../shared/domain/incident';
import { futureIssues } from '../../../shared/domain/incident-clock';
import { useWrite } from '../../api/hooks';
import { EditorForm, EditorNotices } from '../../components/form/EditorForm';
import { FormActions } from '../../components/form/FormActions';
import { FormOutline } from '../../components/form/FormOutline';
import { PageHeader } from '../../components/PageHeader';
import { useAppClock, useAppNow } from '../../lib/appClock';
import { useDeleteRecord } from '../../lib/useDeleteRecord';
import { useEditor } from '../../lib/useEditor';
import { useRecordForm } from '../../lib/useRecordForm';
import { AssessmentPanel } from './AssessmentPanel';
import type { SentReports } from './AssessmentDeadlines';
import { IncidentDelegationSection } from './IncidentDelegationSection';
import { IncidentEntrustmentSection } from './IncidentEntrustmentSection';
import { IncidentIndividualsSection } from './IncidentIndividualsSection';
import { IncidentItemsSection } from './IncidentItemsSection';
import { IncidentInventorySection } from '../inventory/IncidentInventorySection';
import { IncidentOverviewSection } from './IncidentOverviewSection';
import { IncidentReportSection } from './IncidentReportSection';
import { IncidentRiskSection } from './IncidentRiskSection';
import { IncidentTimesSection } from './IncidentTimesSection';
import { emptyIncident, incidentToValues, incidentValuesToInput } from './incidentFormValues';
import { incidentOutline } from './incidentOutline';
import { assessValues } from './liveAssessment';

interface IncidentFormProps {
  /** null for a new incident. */
  incident: IncidentDetail | null;
  companies: Company[];
  /** When the 速報 and 確報 went out, for the chips beside a stored incident. */
  sent?: SentReports;
  onReload: () => void;
}

const notSent: SentReports = { preliminary: null, final: null };

/**
 * Record or edit one incident, with the assessment beside it recomputed as the user types. Validated on the
 * client with the schema the core uses and against the app's clock, so a save shows every error at once; what only
 * the core can refuse (a time after a report already sent …) shows under its field after the save.
 */
export function IncidentForm({ incident, companies, sent = notSent, onReload }: IncidentFormProps) {
  const { t } = useTranslation();
  const initial = useMemo(
    () => (incident ? incidentToValues(incident) : emptyIncident(companies.length === 1 ? companies[0]!.id : null)),
    [incident, companies],
  );
  // "Now" is the app's clock, as the core reads it: a fact after it is refused here as the core would, at once.
  const clock = useAppClock();
  const now = useAppNow();
  const extraIssues = useCallback((values: typeof initial) => futureIssues(values, clock.now()), [clock]);
  const form = useRecordForm(incidentInput, initial, { extraIssues });
  const create = useWrite('incidents.create');
  const update = useWrite('incidents.update');
  // Typing stays responsive: the panel follows a moment behind on a slow machine.
  const deferred = useDeferredValue(form.values);
  const live = useMemo(() => assessValues(deferred, now), [deferred, now]);
  const outline = useMemo(
    () => incidentOutline(deferred, form.shownIssues, (key) => t(`outline.incident.${key}`)),
    [deferred, form.shownIssues, t],
  );

  const editor = useEditor({
    form,
    listPath: '/incidents',
    isNew: incident === null,
    send: () => {
      const input = incidentValuesToInput(form.values);
      return incident ? update.mutateAsync({ ...input, id: incident.id, revision: incident.revision }) : create.mutateAsync(input);
    },
  });

  const remove = useDeleteRecord('incidents.delete', '/incidents', editor);
  const askDelete = incident ? () => remove.ask({ id: incident.id, revision: incident.revision, title: t('incidents.deleteTitle'), name: incident.title, body: t('incidents.deleteBody', { name: incident.title }) }) : undefined;

  return (
    <EditorForm editor={editor}>
      {!incident && <PageHeader title={t('incidents.newTitle')} lead={t('incidents.lead')} />}
      <div className="wb-incident-layout">
        <div className="wb-incident-main">
          <FormOutline entries={outline} label={t('outline.incidentLabel')} />
          <Stack gap="lg">
            <EditorNotices editor={editor} issues={form.shownIssues} onReload={onReload} />
            <IncidentOverviewSection form={form} companies={companies} storedStatus={incident?.status ?? null} />
            <IncidentTimesSection form={form} />
            <IncidentInventorySection form={form} incidentId={incident?.id ?? null} />
            <IncidentItemsSection form={form} />
            <IncidentIndividualsSection form={form} />
            <IncidentRiskSection form={form} />
            <IncidentEntrustmentSection form={form} />
            <IncidentDelegationSection form={form} />
            <IncidentReportSection form={form} />
          </Stack>
          <FormActions saving={editor.saving} onCancel={editor.cancel} onDelete={askDelete} deleting={remove.deleting} />
        </div>
        <AssessmentPanel live={live} sent={sent} now={now} />
      </div>
    </EditorForm>
  );
}
