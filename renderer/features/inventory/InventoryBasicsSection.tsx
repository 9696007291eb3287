import { Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/domain/company';
import { inventorySubjects, type InventorySubject } from '../../../shared/domain/inventory';
import { subjectLabels } from '../../../shared/domain/register-labels';
import { CountField } from '../../components/form/CountField';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { useFieldProps } from '../../components/form/useFieldProps';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import type { InventoryFormValues } from './inventoryFormValues';

/** The data set: whose it is, what it is called, whom it concerns, how many, and what for. */
export function InventoryBasicsSection({ form, companies }: { form: RecordForm<InventoryFormValues>; companies: Company[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  return (
    <FormSection id="inventory-basics" title={t('inventory.sections.basics')}>
      <Stack gap="md">
        <NativeSelect
          {...fieldProps('companyId', { requirement: 'required', withHelp: false })}
          className="wb-field-medium"
          value={form.values.companyId === null ? '' : String(form.values.companyId)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            form.setField('companyId', value === '' ? null : Number(value));
            // Entrustees are the company's own: another company's choice would be refused.
            form.setField('entrusteeIds', []);
          }}
          onBlur={() => form.touch('companyId')}
          data={[
            { value: '', label: t('inventory.chooseCompany') },
            ...companies.map((company) => ({ value: String(company.id), label: companyDisplayName(company, language) })),
          ]}
        />
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TextField form={form} name="entryName" requirement="required" />
          <TextField form={form} name="ownerDepartment" />
        </SimpleGrid>
        <Checkbox.Group
          {...fieldProps('subjects')}
          value={form.values.subjects}
          onChange={(value) => form.setField('subjects', value as InventorySubject[])}
        >
          <Group gap="md" mt={6}>
            {inventorySubjects.map((subject) => (
              <Checkbox key={subject} value={subject} label={subjectLabels[subject][language]} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TextField form={form} name="subjectsNote" />
          <CountField form={form} name="peopleCount" unit={language === 'ja' ? '名' : undefined} className="wb-field-short" />
        </SimpleGrid>
        <Textarea
          {...fieldProps('purposes')}
          description={t('inventory.purposesHelp')}
          autosize
          minRows={2}
          maxRows={8}
          value={form.values.purposes.join('\n')}
          onChange={(event) => form.setField('purposes', event.currentTarget.value.split('\n'))}
          onBlur={() => form.touch('purposes')}
        />
      </Stack>
    </FormSection>
  );
}
