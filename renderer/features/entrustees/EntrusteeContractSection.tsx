import { Checkbox, Group, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contractClauses, reEntrustments, type ContractClause, type ReEntrustment } from '../../../shared/domain/entrustee';
import { clauseLabels, reEntrustmentLabels } from '../../../shared/domain/register-labels';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { useFieldProps } from '../../components/form/useFieldProps';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import { CivilDateField } from '../requests/CivilDateField';
import type { EntrusteeFormValues } from './entrusteeFormValues';

/** The contract and the safety-measure clauses it holds; re-entrustment and to whom (GL 3-4-4). */
export function EntrusteeContractSection({ form }: { form: RecordForm<EntrusteeFormValues> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const re = fieldProps('reEntrustment', { requirement: 'required' });
  return (
    <FormSection id="entrustee-contract" title={t('entrustees.sections.contract')}>
      <Stack gap="md">
        <Group align="flex-start" gap="lg">
          <CivilDateField form={form} fieldKey="contractOn" value={form.values.contractOn} onChange={(value) => form.setField('contractOn', value)} />
          <CivilDateField form={form} fieldKey="contractUntil" value={form.values.contractUntil} onChange={(value) => form.setField('contractUntil', value)} />
        </Group>
        <TextField form={form} name="contractRef" />
        <Checkbox.Group {...fieldProps('clauses')} value={form.values.clauses} onChange={(value) => form.setField('clauses', value as ContractClause[])}>
          <SimpleGrid cols={3} spacing="sm" verticalSpacing={8} mt={6}>
            {contractClauses.map((clause) => (
              <Checkbox key={clause} value={clause} size="md" label={clauseLabels[clause][language]} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Radio.Group label={re.label} error={re.error} value={form.values.reEntrustment} onChange={(value) => form.setField('reEntrustment', value as ReEntrustment)}>
          <Group gap="lg" mt={6}>
            {reEntrustments.map((value) => (
              <Radio key={value} value={value} label={reEntrustmentLabels[value][language]} />
            ))}
          </Group>
        </Radio.Group>
        {(form.values.reEntrustment === 'exists' || form.values.reEntrustment === 'with_consent') && (
          <div className="wb-indented">
            <TextField form={form} name="reEntrustmentNote" requirement={form.values.reEntrustment === 'exists' ? 'required' : undefined} multiline />
          </div>
        )}
      </Stack>
    </FormSection>
  );
}
