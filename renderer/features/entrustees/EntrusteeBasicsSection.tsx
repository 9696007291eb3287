import { Anchor, List, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Company } from '../../../shared/domain/company';
import type { Entrustee } from '../../../shared/domain/entrustee';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { useFieldProps } from '../../components/form/useFieldProps';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import type { EntrusteeFormValues } from './entrusteeFormValues';

/** Who the entrustee is, what it does for the company, and which inventory entries it handles (set on the entries). */
export function EntrusteeBasicsSection({ form, companies, entrustee }: { form: RecordForm<EntrusteeFormValues>; companies: Company[]; entrustee: Entrustee | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  return (
    <FormSection id="entrustee-basics" title={t('entrustees.sections.basics')}>
      <Stack gap="md">
        <NativeSelect
          {...fieldProps('companyId', { requirement: 'required', withHelp: false })}
          className="wb-field-medium"
          value={form.values.companyId === null ? '' : String(form.values.companyId)}
          onChange={(event) => form.setField('companyId', event.currentTarget.value === '' ? null : Number(event.currentTarget.value))}
          onBlur={() => form.touch('companyId')}
          data={[
            { value: '', label: t('entrustees.chooseCompany') },
            ...companies.map((company) => ({ value: String(company.id), label: companyDisplayName(company, language) })),
          ]}
        />
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TextField form={form} name="entrusteeName" requirement="required" />
          <TextField form={form} name="entrusteeContact" />
        </SimpleGrid>
        <TextField form={form} name="entrusteeAddress" />
        <TextField form={form} name="entrustedWork" multiline />
        {entrustee && (
          <div>
            <Text size="sm" fw={700}>
              {t('entrustees.entries')}
            </Text>
            {entrustee.entries.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('entrustees.entriesNone')}
              </Text>
            ) : (
              <List size="sm">
                {entrustee.entries.map((entry) => (
                  <List.Item key={entry.id}>
                    <Anchor component={Link} href={`/inventory/${entry.id}`} size="sm">
                      {entry.entryName}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        )}
      </Stack>
    </FormSection>
  );
}
