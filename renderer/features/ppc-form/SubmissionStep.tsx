import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconSend } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationSentInput, type Notification } from '../../../shared/domain/incident-notification';
import { submissionMethod } from '../../../shared/report/ppc-form';
import { useWrite } from '../../api/hooks';
import { DateTimeField } from '../../components/form/DateTimeField';
import { FailureNotice } from '../../components/form/FailureNotice';
import { TextField } from '../../components/form/TextField';
import { notifyDone } from '../../lib/dialogs';
import { fieldLabel } from '../../lib/fieldLabel';
import { formatJapanDateTime } from '../../lib/japanDates';
import { useDialogForm } from '../../lib/useDialogForm';
import { useLanguage } from '../../lib/useLanguage';
import { useRecordForm } from '../../lib/useRecordForm';

type SentValues = {
  id: number;
  revision: number;
  sentAt: string | null;
  method: string;
  referenceNumber: string;
  document: string;
  combinedWithPreliminary: boolean;
};

interface Props {
  notification: Notification;
  delegatedMinistry: string;
  /** A 速報 of this incident was sent: a 確報 needs no "served as both" answer. */
  preliminarySent: boolean;
}

/**
 * The last step: the reference number (受付番号) the PPC's form gave and when it was sent, recorded on the
 * notification through `notifications.markSent` with the route taken (the PPC's web form, or the delegated
 * ministry). The core refuses a time in the future or before knowing, each said under its field.
 */
export function SubmissionStep({ notification, delegatedMinistry, preliminarySent }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ppc-submission-title" className="wb-ppc-submission">
      <Stack gap="sm">
        <Title order={2} size="h4" id="ppc-submission-title">
          {t('ppcForm.submission.title')}
        </Title>
        {notification.sentAt !== null ? (
          <SentFacts notification={notification} />
        ) : (
          <SubmissionForm notification={notification} delegatedMinistry={delegatedMinistry} preliminarySent={preliminarySent} />
        )}
      </Stack>
    </Paper>
  );
}

function SentFacts({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Stack gap={4} className="wb-sent-facts">
      <Group gap={6} c="gray.7">
        <IconLock size={14} aria-hidden="true" />
        <Text size="sm" fw={700}>
          {t('ppcForm.submission.recorded')}
        </Text>
      </Group>
      <Text size="sm" className="wb-num">
        {t('notifications.sentAt', { value: formatJapanDateTime(n.sentAt!, language) })}
      </Text>
      {n.referenceNumber && <Text size="sm">{t('notifications.reference', { value: n.referenceNumber })}</Text>}
      {n.method && <Text size="sm">{t('notifications.sentBy', { value: n.method })}</Text>}
    </Stack>
  );
}

function SubmissionForm({ notification, delegatedMinistry, preliminarySent }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const initial = useMemo<SentValues>(
    () => ({
      id: notification.id,
      revision: notification.revision,
      sentAt: null,
      method: notification.method.trim() || submissionMethod(delegatedMinistry, language),
      referenceNumber: '',
      document: '',
      combinedWithPreliminary: false,
    }),
    [notification, delegatedMinistry, language],
  );
  const form = useRecordForm(notificationSentInput, initial);
  const markSent = useWrite('notifications.markSent');
  const dialog = useDialogForm(
    form,
    () => markSent.mutateAsync({ ...form.values, sentAt: form.values.sentAt ?? '' }),
    () => notifyDone(t('ppcForm.submission.done')),
  );
  const needsCombined = notification.notificationKind === 'ppc_final' && !preliminarySent;

  return (
    <form
      noValidate
      aria-labelledby="ppc-submission-title"
      onSubmit={(event) => {
        event.preventDefault();
        void dialog.submit();
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="gray.8">
          {t('ppcForm.submission.lead')}
        </Text>
        {dialog.failure && <FailureNotice error={dialog.failure} action="save" />}
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TextField form={form} name="referenceNumber" requirement="optional" />
          <TextField form={form} name="method" requirement="required" />
        </SimpleGrid>
        <DateTimeField form={form} name="sentAt" requirement="required" />
        {needsCombined && (
          <Checkbox
            id="field-combinedWithPreliminary"
            label={fieldLabel('combinedWithPreliminary', language)}
            description={t('notifications.combinedHelp')}
            checked={form.values.combinedWithPreliminary}
            onChange={(event) => form.setField('combinedWithPreliminary', event.currentTarget.checked)}
            error={form.errorAt('combinedWithPreliminary')?.[language]}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" leftSection={<IconSend size={14} aria-hidden="true" />} loading={dialog.saving}>
            {t('ppcForm.submission.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
