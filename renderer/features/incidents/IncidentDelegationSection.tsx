import { useTranslation } from 'react-i18next';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import type { RecordForm } from '../../lib/useRecordForm';
import type { IncidentFormValues } from './incidentFormValues';

/** 権限の委任先: the ministry the PPC delegated its authority to, where the report goes instead (APPI Art. 150). */
export function IncidentDelegationSection({ form }: { form: RecordForm<IncidentFormValues> }) {
  const { t } = useTranslation();
  return (
    <FormSection id="incident-delegation" title={t('incidents.sections.delegation')} description={t('incidents.delegationHelp')}>
      <div className="wb-field-medium">
        <TextField form={form} name="delegatedMinistry" />
      </div>
    </FormSection>
  );
}
