import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../shared/domain/incident';
import { rankNotifications } from '../../../shared/domain/incident-deadline-rank';
import type { Notification } from '../../../shared/domain/incident-notification';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { QueryState } from '../../components/QueryState';
import { MarkSentDialog } from './MarkSentDialog';
import { NotificationCard } from './NotificationCard';
import { NotificationEditDialog } from './NotificationEditDialog';
import { NotificationPlanDialog } from './NotificationPlanDialog';

type Dialog = { kind: 'sent' | 'edit'; notification: Notification } | { kind: 'plan' } | null;

/** 報告・通知: the incident's planned and sent notifications, each with its due date, chip and basis. */
export function NotificationsTab({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const list = useRead('notifications.list', { incidentId: incident.id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  return (
    <>
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap" gap="lg">
        <Text size="sm" c="gray.7" maw={720}>
          {t('notifications.lead')}
        </Text>
        <Button leftSection={<IconPlus size={16} />} variant="default" onClick={() => setDialog({ kind: 'plan' })} className="wb-no-shrink">
          {t('notifications.add')}
        </Button>
      </Group>
      {!list.data ? (
        <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyNotice>{t('notifications.empty')}</EmptyNotice>
      ) : (
        <Stack gap="sm" maw={1040}>
          {/* What is still to send first, statutory deadlines above the duties to act promptly; then what was sent. */}
          {rankNotifications(list.data.items).map((notification) => (
            <NotificationCard
              key={notification.id}
              notification={notification}
              onMarkSent={() => setDialog({ kind: 'sent', notification })}
              onEdit={() => setDialog({ kind: 'edit', notification })}
            />
          ))}
        </Stack>
      )}
      {dialog?.kind === 'sent' && <MarkSentDialog notification={dialog.notification} onClose={close} />}
      {dialog?.kind === 'edit' && <NotificationEditDialog notification={dialog.notification} incident={incident} onClose={close} />}
      {dialog?.kind === 'plan' && (
        <NotificationPlanDialog incident={incident} sent={(list.data?.items ?? []).filter((n) => n.sentAt !== null)} onClose={close} />
      )}
    </>
  );
}
