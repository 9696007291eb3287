import { Button } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Notification } from '../../../shared/domain/incident-notification';

/** Whether the PPC form helper applies: a 速報 or 確報 to the PPC (or the ministry it delegated to). */
export function isPpcReport(notification: Pick<Notification, 'notificationKind'>): boolean {
  return notification.notificationKind === 'ppc_preliminary' || notification.notificationKind === 'ppc_final';
}

/** The way into the PPC form helper from a 速報 / 確報 card. */
export function PpcFormLink({ notification, label }: { notification: Notification; label: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      href={`/incidents/${notification.incidentId}/ppc-form/${notification.id}`}
      size="xs"
      variant="light"
      leftSection={<IconClipboardList size={14} aria-hidden="true" />}
      aria-label={t('ppcForm.openFor', { kind: label })}
    >
      {t('ppcForm.open')}
    </Button>
  );
}
