import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/domain/company';
import type { Desk } from '../../../shared/domain/desk';
import { requestChannels, requesterRoles } from '../../../shared/domain/data-request';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import { ChoiceField } from './ChoiceField';
import { CivilDateField } from './CivilDateField';
import type { RequestFormValues } from './requestFormValues';

interface Props {
  form: RecordForm<RequestFormValues>;
  companies: Company[];
  desks: Desk[];
  /** The desk's name as received, when that desk has since been deleted. */
  deletedDeskName: string;
}

/** Where and when it came in, and who asked — only as much about the requester as answering needs. */
export function RequestReceivedSection({ form, companies, desks, deletedDeskName }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ownDesks = desks.filter((desk) => desk.companyId === form.values.companyId);
  const toId = (raw: string) => (raw === '' ? null : Number(raw));
  return (
    <FormSection title={t('requests.sections.received')}>
      <Stack gap="md">
        {companies.length === 0 && (
          <Alert color="orange" variant="light">
            {t('requests.needCompany')}
          </Alert>
        )}
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <ChoiceField
            form={form}
            name="companyId"
            withHelp={false}
            requirement="required"
            parse={toId}
            options={[{ value: '', label: t('requests.chooseCompany') }, ...companies.map((c) => ({ value: String(c.id), label: companyDisplayName(c, language) }))]}
          />
          <ChoiceField
            form={form}
            name="receivingDeskId"
            parse={toId}
            options={[
              { value: '', label: deletedDeskName ? t('requests.deskDeleted', { name: deletedDeskName }) : t('requests.noDesk') },
              ...ownDesks.map((desk) => ({ value: String(desk.id), label: (language === 'en' && desk.nameEn) || desk.nameJa })),
            ]}
          />
          <CivilDateField form={form} fieldKey="receivedOn" value={form.values.receivedOn} onChange={(v) => form.setField('receivedOn', v)} requirement="required" />
          <ChoiceField form={form} name="channel" requirement="required" options={requestChannels.map((value) => ({ value, label: t(`requests.channels.${value}`) }))} />
          <TextField form={form} name="requester" />
          <ChoiceField form={form} name="requesterRole" options={requesterRoles.map((value) => ({ value, label: t(`requests.roles.${value}`) }))} />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('requests.minimalHint')}
        </Text>
      </Stack>
    </FormSection>
  );
}
