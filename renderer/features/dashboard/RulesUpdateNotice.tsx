import { Alert, Anchor, Group, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { IncidentDashboard } from '../../../shared/domain/incident-views';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/useLanguage';

/** How long after a recomputation the dashboard still mentions it. */
const SHOWN_FOR_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Closed for this session: sessionStorage, since browser mode's origin (its port) changes between runs. */
const closedKey = (at: string) => `appi-workbench.rulesUpdateClosed.${at}`;

/**
 * Tells the user, for two weeks, that a newer version of the app moved the due dates of some open incidents (its
 * rules or holiday data changed), names them, and points to the audit trail for the dates before and after.
 */
export function RulesUpdateNotice({ update, today }: { update: IncidentDashboard['rulesUpdate']; today: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [closed, setClosed] = useState(() => (update ? sessionStorage.getItem(closedKey(update.at)) === '1' : false));
  if (!update || closed || update.count === 0) return null;
  // Counted from the app's today (Japan time), so a moved clock (APPI_WORKBENCH_CLOCK) moves it too.
  if (new Date(`${today}T23:59:59+09:00`).getTime() - new Date(update.at).getTime() > SHOWN_FOR_DAYS * DAY_MS) return null;
  const close = () => {
    sessionStorage.setItem(closedKey(update.at), '1');
    setClosed(true);
  };
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconCalendarEvent size={18} />}
      title={t('dashboard.rulesUpdateTitle')}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={close}
      role="status"
    >
      <Text size="sm">{t('dashboard.rulesUpdateText', { count: update.count, at: formatDateTime(update.at, language) })}</Text>
      <Group gap="md" mt={6}>
        {update.incidents.map(({ id, title }) => (
          <Anchor key={id} component={Link} href={`/incidents/${id}/notifications`} size="sm">
            {title}
          </Anchor>
        ))}
        {update.count > update.incidents.length && (
          <Text size="sm" c="dimmed">
            {t('dashboard.rulesUpdateMore', { n: update.count - update.incidents.length })}
          </Text>
        )}
        <Anchor component={Link} href="/settings/audit" size="sm">
          {t('dashboard.rulesUpdateAudit')}
        </Anchor>
      </Group>
    </Alert>
  );
}
