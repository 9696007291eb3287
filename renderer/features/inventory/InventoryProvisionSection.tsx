import { Checkbox, MultiSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/hooks';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { useFieldProps } from '../../components/form/useFieldProps';
import type { RecordForm } from '../../lib/useRecordForm';
import type { InventoryFormValues } from './inventoryFormValues';

type Flag = 'thirdPartyProvision' | 'jointUse' | 'abroad';
const notes: Record<Flag, 'thirdPartyNote' | 'jointUseNote' | 'abroadNote'> = {
  thirdPartyProvision: 'thirdPartyNote',
  jointUse: 'jointUseNote',
  abroad: 'abroadNote',
};

/** Who else handles the data: the company's entrustees (Art. 25), third parties, joint users, anyone abroad. */
export function InventoryProvisionSection({ form }: { form: RecordForm<InventoryFormValues> }) {
  const { t } = useTranslation();
  const fieldProps = useFieldProps(form);
  const companyId = form.values.companyId;
  const entrustees = useRead('entrustees.list', { companyId: companyId ?? 0, limit: 500 }, { enabled: companyId !== null });
  const options = (entrustees.data?.items ?? []).map((e) => ({ value: String(e.id), label: e.entrusteeName }));
  return (
    <FormSection id="inventory-provision" title={t('inventory.sections.provision')}>
      <Stack gap="md">
        <MultiSelect
          {...fieldProps('entrusteeIds')}
          className="wb-field-wide"
          data={options}
          value={form.values.entrusteeIds.map(String)}
          onChange={(value) => form.setField('entrusteeIds', value.map(Number))}
          onBlur={() => form.touch('entrusteeIds')}
          searchable
          clearable
          comboboxProps={{ withinPortal: true }}
        />
        {companyId !== null && entrustees.data && options.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('inventory.entrusteesNone')}
          </Text>
        )}
        {(Object.keys(notes) as Flag[]).map((flag) => (
          <Stack key={flag} gap={6}>
            <Checkbox label={fieldProps(flag)['aria-label']} checked={form.values[flag]} onChange={(event) => form.setField(flag, event.currentTarget.checked)} />
            {form.values[flag] && (
              <div className="wb-indented wb-field-wide">
                <TextField form={form} name={notes[flag]} requirement={flag === 'abroad' ? 'required' : undefined} multiline />
              </div>
            )}
          </Stack>
        ))}
      </Stack>
    </FormSection>
  );
}
