import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../components/form/FormSection';
import { TriStateField } from '../../components/form/TriStateField';
import type { RecordForm } from '../../lib/useRecordForm';
import type { IncidentFormValues } from './incidentFormValues';

/**
 * 暗号化・不正の目的: the exemption (high-level encryption whose key did not leak, Rule Art. 7(i)
 * parenthetical), the wrongful-purpose trigger (Rule Art. 7(iii), which since April 2024 also reaches
 * information being acquired) and pseudonymised information, outside Art. 26 altogether (Art. 41(9)). Each may
 * still be unknown.
 */
export function IncidentRiskSection({ form }: { form: RecordForm<IncidentFormValues> }) {
  const { t } = useTranslation();
  return (
    <FormSection id="incident-risk" title={t('incidents.sections.risk')} description={t('incidents.riskHelp')}>
      <Stack gap="md">
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TriStateField form={form} name="highLevelEncryption" />
          {form.values.highLevelEncryption === true && <TriStateField form={form} name="keyLeaked" />}
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TriStateField form={form} name="wrongfulPurpose" />
          <TriStateField form={form} name="beingAcquired" help={t('incidents.beingAcquiredHelp')} />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TriStateField form={form} name="pseudonymised" help={t('assessment.pseudonymisedHelp')} />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
