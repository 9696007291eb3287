import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationSentInput, type Notification } from '../../../shared/domain/incident-notification';
import { useWrite } from '../../api/hooks';
import { DateTimeField } from '../../components/form/DateTimeField';
import { FailureNotice } from '../../components/form/FailureNotice';
import { TextField } from '../../components/form/TextField';
import { notifyDone } from '../../lib/dialogs';
import { fieldLabel } from '../../lib/fieldLabel';
import { useDialogForm } from '../../lib/useDialogForm';
import { useLanguage } from '../../lib/useLanguage';
import { useRecordForm } from '../../lib/useRecordForm';
import { notificationLabel } from './notificationLabel';
import { useReturnFocus } from '../../lib/useReturnFocus';

type SentValues = {
  id: number;
  revision: number;
  sentAt: string | null;
  method: string;
  referenceNumber: string;
  document: string;
  combinedWithPreliminary: boolean;
};

/**
 * 「送信済みにする」: when (date and HH:mm, Japan time) and how it went out, the reference number and the
 * document. The core refuses a time in the future or before knowing, and a 確報 with no 速報 before it
 * unless the one report served as both — each said under its field.
 */
export function MarkSentDialog({ notification, onClose }: { notification: Notification; onClose: () => void }) {
  const { t } = useTranslation();
  useReturnFocus();
  const language = useLanguage();
  const initial = useMemo<SentValues>(
    () => ({
      id: notification.id,
      revision: notification.revision,
      sentAt: null,
      method: notification.method,
      referenceNumber: '',
      document: '',
      combinedWithPreliminary: false,
    }),
    [notification],
  );
  const form = useRecordForm(notificationSentInput, initial);
  const markSent = useWrite('notifications.markSent');
  const dialog = useDialogForm(
    form,
    () => markSent.mutateAsync({ ...form.values, sentAt: form.values.sentAt ?? '' }),
    () => {
      notifyDone(t('notifications.markedSent'));
      onClose();
    },
  );
  const combinedError = form.errorAt('combinedWithPreliminary');

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('notifications.markSentTitle', { kind: notificationLabel(notification, language) })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void dialog.submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="gray.8">
            {t('notifications.markSentLead')}
          </Text>
          {dialog.failure && <FailureNotice error={dialog.failure} action="save" />}
          <DateTimeField form={form} name="sentAt" requirement="required" />
          <TextField form={form} name="method" requirement="required" />
          <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
            <TextField form={form} name="referenceNumber" requirement="optional" />
            <TextField form={form} name="document" requirement="optional" />
          </SimpleGrid>
          {notification.notificationKind === 'ppc_final' && (
            <Checkbox
              id="field-combinedWithPreliminary"
              label={fieldLabel('combinedWithPreliminary', language)}
              description={t('notifications.combinedHelp')}
              checked={form.values.combinedWithPreliminary}
              onChange={(event) => form.setField('combinedWithPreliminary', event.currentTarget.checked)}
              error={combinedError?.[language]}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={dialog.saving}>
              {t('notifications.markSent')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
