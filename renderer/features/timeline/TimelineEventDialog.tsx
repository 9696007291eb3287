import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKindLabels, eventKinds, timelineEventInput, type EventKind, type TimelineEvent } from '../../../shared/domain/incident-timeline';
import { useWrite } from '../../api/hooks';
import { DateTimeField } from '../../components/form/DateTimeField';
import { FailureNotice } from '../../components/form/FailureNotice';
import { TextField } from '../../components/form/TextField';
import { useFieldProps } from '../../components/form/useFieldProps';
import { notifyDone } from '../../lib/dialogs';
import { capitalize } from '../../lib/fieldLabel';
import { useDialogForm } from '../../lib/useDialogForm';
import { useLanguage } from '../../lib/useLanguage';
import { useRecordForm } from '../../lib/useRecordForm';
import { useReturnFocus } from '../../lib/useReturnFocus';

type TimelineEventValues = {
  incidentId: number;
  eventKind: EventKind;
  at: string | null;
  text: string;
  by: string;
  correctsEventId: number | null;
};

interface Props {
  incidentId: number;
  /** The event this one corrects: its fields are the starting point. */
  corrects: TimelineEvent | null;
  onClose: () => void;
}

/** Adds one event to the timeline, or a correction that names the event it corrects (append-only). */
export function TimelineEventDialog({ incidentId, corrects, onClose }: Props) {
  const { t } = useTranslation();
  useReturnFocus();
  const language = useLanguage();
  const initial = useMemo<TimelineEventValues>(
    () => ({
      incidentId,
      eventKind: corrects?.eventKind ?? 'finding',
      at: corrects?.at ?? null,
      text: corrects?.text ?? '',
      by: corrects?.by ?? '',
      correctsEventId: corrects?.id ?? null,
    }),
    [incidentId, corrects],
  );
  const form = useRecordForm(timelineEventInput, initial);
  const fieldProps = useFieldProps(form);
  const add = useWrite('timeline.add');
  const dialog = useDialogForm(
    form,
    () => add.mutateAsync({ ...form.values, at: form.values.at ?? '' }),
    () => {
      notifyDone(t('timeline.added'));
      onClose();
    },
  );

  return (
    <Modal opened onClose={onClose} title={t(corrects ? 'timeline.correctTitle' : 'timeline.addTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void dialog.submit();
        }}
      >
        <Stack gap="md">
          {dialog.failure && <FailureNotice error={dialog.failure} action="save" />}
          {corrects && (
            <Text size="sm" c="gray.8" className="wb-correcting">
              {t('timeline.correcting', { text: corrects.text })}
            </Text>
          )}
          <NativeSelect
            {...fieldProps('eventKind', { requirement: 'required' })}
            className="wb-field-medium"
            value={form.values.eventKind}
            onChange={(event) => form.setField('eventKind', event.currentTarget.value as EventKind)}
            data={eventKinds.map((kind) => ({ value: kind, label: capitalize(eventKindLabels[kind][language]) }))}
          />
          <DateTimeField form={form} name="at" requirement="required" />
          <TextField form={form} name="text" requirement="required" multiline />
          <div className="wb-field-medium">
            <TextField form={form} name="by" requirement="optional" />
          </div>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={dialog.saving}>
              {t(corrects ? 'timeline.correct' : 'timeline.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
