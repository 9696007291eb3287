import { Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../shared/domain/incident-timeline';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { QueryState } from '../../components/QueryState';
import { TimelineEventDialog } from './TimelineEventDialog';
import { TimelineTable } from './TimelineTable';

type Dialog = { corrects: TimelineEvent | null } | null;

/** 経緯: the incident's events in time order, added (or corrected) but never changed. */
export function TimelineTab({ incidentId }: { incidentId: number }) {
  const { t } = useTranslation();
  const events = useRead('timeline.list', { incidentId });
  const [dialog, setDialog] = useState<Dialog>(null);

  return (
    <>
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap" gap="lg">
        <Text size="sm" c="gray.7" maw={720}>
          {t('timeline.lead')}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ corrects: null })} className="wb-no-shrink">
          {t('timeline.add')}
        </Button>
      </Group>
      {!events.data ? (
        <QueryState isPending={events.isPending} error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.items.length === 0 ? (
        <EmptyNotice>{t('timeline.empty')}</EmptyNotice>
      ) : (
        <TimelineTable events={events.data.items} onCorrect={(event) => setDialog({ corrects: event })} />
      )}
      {dialog && <TimelineEventDialog incidentId={incidentId} corrects={dialog.corrects} onClose={() => setDialog(null)} />}
    </>
  );
}
