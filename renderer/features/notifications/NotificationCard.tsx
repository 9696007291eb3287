import { Alert, Badge, Button, Flex, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dueMeasures } from '../../../shared/domain/incident-deadline-rank';
import type { Notification } from '../../../shared/domain/incident-notification';
import { recipientText } from '../../../shared/i18n/recipients';
import { DeadlineChip } from '../../components/DeadlineChip';
import { formatCivilDate, formatCivilDateWithWeekday, formatJapanDateTime } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import { ExportButton } from '../exports';
import { Citations } from '../incidents/Citations';
import { isPpcReport, PpcFormLink } from '../ppc-form/PpcFormLink';
import { notificationLabel } from './notificationLabel';

interface Props {
  notification: Notification;
  onMarkSent: () => void;
  onEdit: () => void;
}

/**
 * One planned or sent notification: what and to whom, the due date with its chip and basis, what was sent
 * and when (read-only once sent: it is evidence), and any warning the core attached to it.
 */
export function NotificationCard({ notification: n, onMarkSent, onEdit }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sent = n.sentAt !== null;
  const label = notificationLabel(n, language);
  // A statutory deadline, a "promptly" duty's yardstick, or the user's own planned date (incident-deadline-rank).
  const measure = dueMeasures[n.notificationKind];

  return (
    <Paper withBorder p="md" className="wb-notification" data-kind={n.notificationKind} data-measure={measure} data-sent={sent || undefined} aria-label={label} component="section">
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Group gap="sm" wrap="wrap" miw={0}>
            <Text fw={700} size="md">
              {label}
            </Text>
            <Badge size="sm" radius="sm" tt="none" variant={sent ? 'filled' : 'outline'} color={sent ? 'gray.7' : 'gray'}>
              {t(sent ? 'notifications.sent' : 'notifications.planned')}
            </Badge>
            {n.correctsNotificationId !== null && (
              <Badge size="sm" radius="sm" tt="none" variant="outline" color="brand">
                {t('notifications.corrects')}
              </Badge>
            )}
            {n.correctedBy !== null && (
              <Badge size="sm" radius="sm" tt="none" variant="outline" color="orange">
                {t('notifications.correctedBy')}
              </Badge>
            )}
          </Group>
          {sent ? (
            <Group gap={4} wrap="nowrap" c="gray.7" className="wb-no-shrink">
              {isPpcReport(n) && <PpcFormLink notification={n} label={label} />}
              {isPpcReport(n) && (
                // The document as filed: built from what was frozen when it was marked sent, whatever changed since.
                <ExportButton
                  target={{ kind: 'incident', incidentId: n.incidentId, document: n.notificationKind === 'ppc_final' ? 'ppc_final' : 'ppc_preliminary', notificationId: n.id }}
                  label={t('exports.asFiled')}
                  size="xs"
                />
              )}
              <IconLock size={14} aria-hidden="true" />
              <Text size="xs">{t('notifications.readOnly')}</Text>
            </Group>
          ) : (
            <Group gap="sm" wrap="nowrap" className="wb-no-shrink">
              {isPpcReport(n) && <PpcFormLink notification={n} label={label} />}
              <Button size="xs" variant="default" onClick={onEdit} aria-label={t('notifications.actionFor', { action: t('notifications.edit'), name: label })}>
                {t('notifications.edit')}
              </Button>
              <Button size="xs" leftSection={<IconSend size={14} />} onClick={onMarkSent} aria-label={t('notifications.actionFor', { action: t('notifications.markSent'), name: label })}>
                {t('notifications.markSent')}
              </Button>
            </Group>
          )}
        </Group>
        <Flex columnGap="lg" rowGap={4} align="center" wrap="wrap">
          {measure === 'promptly' && n.dueDate && (
            <Group gap="sm" wrap="nowrap">
              <Text size="sm" c="gray.7">
                {t('notifications.due')}
              </Text>
              <Text size="sm" fw={700} data-promptly>
                {t('notifications.promptly')}
              </Text>
            </Group>
          )}
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" c="gray.7">
              {t(measure === 'statutory' || !n.dueDate ? 'notifications.due' : measure === 'promptly' ? 'notifications.yardstick' : 'notifications.plannedOn')}
            </Text>
            {n.dueDate ? (
              <Text size="sm" fw={measure === 'statutory' ? 700 : 400} className="wb-num" data-due={n.dueDate}>
                {formatCivilDateWithWeekday(n.dueDate, language)}
              </Text>
            ) : (
              <Text size="sm">{t('notifications.noDue')}</Text>
            )}
            {n.status && <DeadlineChip status={n.status} />}
          </Group>
          {n.targetDate && (
            <Text size="sm" c="gray.8" className="wb-num">
              {t('notifications.target', { date: formatCivilDate(n.targetDate, language) })}
            </Text>
          )}
          {n.recipient && (
            <Text size="sm" c="gray.8">
              {t('notifications.recipient', { value: recipientText(n.recipient)[language] })}
            </Text>
          )}
        </Flex>
        {sent && (
          <Flex columnGap="lg" rowGap={4} wrap="wrap" className="wb-sent-facts">
            <Text size="sm" className="wb-num">
              {t('notifications.sentAt', { value: formatJapanDateTime(n.sentAt!, language) })}
            </Text>
            {n.method && <Text size="sm">{t('notifications.sentBy', { value: n.method })}</Text>}
            {n.referenceNumber && <Text size="sm">{t('notifications.reference', { value: n.referenceNumber })}</Text>}
            {n.document && <Text size="sm">{t('notifications.document', { value: n.document })}</Text>}
          </Flex>
        )}
        <Text size="xs" c="gray.8" className="wb-basis">
          <Text span size="xs" fw={700} mr={6}>
            {t('notifications.basis')}
          </Text>
          {n.dueBasis[language]}
        </Text>
        <Citations citations={n.citations} />
        {n.warnings.map((warning) => (
          <Alert key={warning.ja} color="orange" variant="light" icon={<IconAlertTriangle size={16} />} p="xs">
            <Text size="sm">{warning[language]}</Text>
          </Alert>
        ))}
      </Stack>
    </Paper>
  );
}
