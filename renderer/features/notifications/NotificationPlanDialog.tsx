import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../shared/domain/incident';
import {
  notificationKinds,
  notificationPlanInput,
  type Notification,
  type NotificationKind,
} from '../../../shared/domain/incident-notification';
import { useWrite } from '../../api/hooks';
import { FailureNotice } from '../../components/form/FailureNotice';
import { useFieldProps } from '../../components/form/useFieldProps';
import { notifyDone } from '../../lib/dialogs';
import { formatJapanDateTime } from '../../lib/japanDates';
import { useDialogForm } from '../../lib/useDialogForm';
import { useLanguage } from '../../lib/useLanguage';
import { useRecordForm } from '../../lib/useRecordForm';
import { notificationLabel } from './notificationLabel';
import { NotificationPlanFields, type PlanValues } from './NotificationPlanFields';
import { useReturnFocus } from '../../lib/useReturnFocus';

type PlanFormValues = PlanValues & { incidentId: number; notificationKind: NotificationKind; correctsNotificationId: number | null };

interface Props {
  incident: IncidentDetail;
  /** Sent notifications a new one may correct. */
  sent: Notification[];
  onClose: () => void;
}

/** Adds another notification (police, card companies …) or the correction of one already sent. */
export function NotificationPlanDialog({ incident, sent, onClose }: Props) {
  const { t } = useTranslation();
  useReturnFocus();
  const language = useLanguage();
  const initial = useMemo<PlanFormValues>(
    () => ({
      incidentId: incident.id,
      notificationKind: 'other',
      correctsNotificationId: null,
      recipient: '',
      alternativeMeasure: false,
      method: '',
      dueDate: null,
      note: '',
      addressee: '',
      addresseeName: '',
    }),
    [incident.id],
  );
  const form = useRecordForm(notificationPlanInput, initial);
  const fieldProps = useFieldProps(form);
  const plan = useWrite('notifications.plan');
  const dialog = useDialogForm(
    form,
    () => plan.mutateAsync({ ...form.values, dueDate: form.values.notificationKind === 'other' ? form.values.dueDate : null }),
    () => {
      notifyDone(t('notifications.saved'));
      onClose();
    },
  );

  return (
    <Modal opened onClose={onClose} title={t('notifications.addTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void dialog.submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="gray.8">
            {t('notifications.kindOtherOnly')}
          </Text>
          {dialog.failure && <FailureNotice error={dialog.failure} action="save" />}
          <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
            <NativeSelect
              {...fieldProps('notificationKind', { requirement: 'required' })}
              value={form.values.notificationKind}
              onChange={(event) => form.setField('notificationKind', event.currentTarget.value as NotificationKind)}
              data={notificationKinds.map((kind) => ({ value: kind, label: notificationLabel({ notificationKind: kind, alternativeMeasure: false }, language) }))}
            />
            <NativeSelect
              {...fieldProps('correctsNotificationId', { requirement: 'optional' })}
              value={form.values.correctsNotificationId === null ? '' : String(form.values.correctsNotificationId)}
              onChange={(event) => form.setField('correctsNotificationId', event.currentTarget.value === '' ? null : Number(event.currentTarget.value))}
              data={[
                { value: '', label: t('notifications.correctsNone') },
                ...sent.map((n) => ({ value: String(n.id), label: `${notificationLabel(n, language)}（${formatJapanDateTime(n.sentAt!, language)}）` })),
              ]}
            />
          </SimpleGrid>
          <NotificationPlanFields form={form} kind={form.values.notificationKind} record={incident} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={dialog.saving}>
              {t('notifications.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
