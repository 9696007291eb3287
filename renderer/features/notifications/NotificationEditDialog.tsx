import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../shared/domain/incident';
import { notificationUpdateInput, type Notification } from '../../../shared/domain/incident-notification';
import type { NoticeLetter } from '../../../shared/domain/notice-letter';
import { completeLetter } from '../../../shared/domain/notice-letter-proposal';
import { useWrite } from '../../api/hooks';
import { FailureNotice } from '../../components/form/FailureNotice';
import { notifyDone } from '../../lib/dialogs';
import { useDialogForm } from '../../lib/useDialogForm';
import { useRecordForm } from '../../lib/useRecordForm';
import { LetterEditor } from './LetterEditor';
import { NotificationPlanFields, type PlanValues } from './NotificationPlanFields';
import { useReturnFocus } from '../../lib/useReturnFocus';

type EditValues = PlanValues & { id: number; revision: number; letter: NoticeLetter };

interface Props {
  notification: Notification;
  incident: IncidentDetail;
  onClose: () => void;
}

/**
 * Changes a planned (unsent) notification: recipient, method, note — the date of an `other` one, and for a notice
 * to individuals its addressee and letter, opened with the texts proposed from the record where none are stored.
 */
export function NotificationEditDialog({ notification: n, incident, onClose }: Props) {
  const { t } = useTranslation();
  useReturnFocus();
  const initial = useMemo<EditValues>(
    () => ({
      id: n.id,
      revision: n.revision,
      recipient: n.recipient,
      alternativeMeasure: n.alternativeMeasure,
      method: n.method,
      // Derived kinds take their date from the record; sending one back would be refused.
      dueDate: n.notificationKind === 'other' ? n.dueDate : null,
      note: n.note,
      addressee: n.addressee,
      addresseeName: n.addresseeName,
      letter: n.notificationKind === 'individuals_notice' ? completeLetter(n.letter, incident, n) : n.letter,
    }),
    [n, incident],
  );
  const isNotice = n.notificationKind === 'individuals_notice';
  const form = useRecordForm(notificationUpdateInput, initial);
  const update = useWrite('notifications.update');
  const dialog = useDialogForm(
    form,
    // Only a notice to individuals has an addressee and a letter; the other kinds leave them out.
    () => update.mutateAsync(isNotice ? form.values : { ...form.values, addressee: undefined, addresseeName: undefined, letter: undefined }),
    () => {
      notifyDone(t('notifications.saved'));
      onClose();
    },
  );

  return (
    <Modal opened onClose={onClose} title={t('notifications.editTitle')} size={isNotice ? 1080 : 'lg'} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void dialog.submit();
        }}
      >
        <Stack gap="md">
          {dialog.failure && <FailureNotice error={dialog.failure} action="save" />}
          <NotificationPlanFields form={form} kind={n.notificationKind} record={incident} />
          {isNotice && <LetterEditor form={form} incident={incident} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={dialog.saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
