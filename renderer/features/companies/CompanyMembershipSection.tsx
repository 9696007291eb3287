import { Checkbox, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/hooks';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { useFieldProps } from '../../components/form/useFieldProps';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import type { CompanyFormValues } from './companyFormValues';

interface Props {
  form: RecordForm<CompanyFormValues>;
  /** null while the company is not stored yet: it can have no desks to choose from. */
  companyId: number | null;
}

/**
 * Membership of an 認定個人情報保護団体 (whose complaint desk the policy must name) and the
 * PrivacyMark number. The organisation's desk is one of this company's desks of that kind.
 */
export function CompanyMembershipSection({ form, companyId }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const member = form.values.authorizedOrgMember;
  const desks = useRead(
    'desks.list',
    { companyId: companyId ?? undefined, kind: 'authorized_org', limit: 500 },
    { enabled: companyId !== null && member },
  );
  const options = desks.data?.items ?? [];
  const deskNote =
    companyId === null ? t('companies.orgDeskAfterSave') : desks.data && options.length === 0 ? t('companies.orgDeskNone') : undefined;
  const deskProps = fieldProps('authorizedOrgDeskId');

  return (
    <FormSection title={t('companies.sections.membership')}>
      <Stack gap="md">
        <Checkbox
          label={t('companies.memberCheckbox')}
          description={t('companies.memberHelp')}
          checked={member}
          onChange={(event) => form.setField('authorizedOrgMember', event.currentTarget.checked)}
        />
        {member && (
          <Stack gap="md" className="wb-indented">
            <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
              <TextField form={form} name="authorizedOrgNameJa" requirement="required" />
              <TextField form={form} name="authorizedOrgNameEn" />
            </SimpleGrid>
            <NativeSelect
              {...deskProps}
              description={deskNote ?? deskProps.description}
              className="wb-field-medium"
              disabled={options.length === 0}
              value={form.values.authorizedOrgDeskId === null ? '' : String(form.values.authorizedOrgDeskId)}
              onChange={(event) => {
                const value = event.currentTarget.value;
                form.setField('authorizedOrgDeskId', value === '' ? null : Number(value));
              }}
              onBlur={() => form.touch('authorizedOrgDeskId')}
              data={[
                { value: '', label: t('companies.orgDeskChoose') },
                ...options.map((desk) => ({ value: String(desk.id), label: (language === 'en' && desk.nameEn) || desk.nameJa })),
              ]}
            />
          </Stack>
        )}
        <div className="wb-field-medium">
          <TextField form={form} name="privacyMarkNumber" />
        </div>
      </Stack>
    </FormSection>
  );
}
