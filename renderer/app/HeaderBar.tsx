import { Badge, Group, Text } from '@mantine/core';
import { IconClockExclamation, IconDatabase } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { clockText } from '../../shared/domain/incident-clock';
import { useRead } from '../api/hooks';
import { useAppClock, useAppNow } from '../lib/appClock';
import { useLanguage } from '../lib/useLanguage';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * While APPI_WORKBENCH_CLOCK moves the app's clock, every screen says so, with the time it reads: deadlines and
 * "in the future" are counted from it, not from the real time (README, "A moved clock").
 */
function MovedClockBadge() {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useAppNow(30_000);
  return (
    <span className="wb-clock-moved" role="status" title={t('app.clockMovedHelp')}>
      <IconClockExclamation size={16} stroke={2} aria-hidden="true" />
      {t('app.clockMoved', { time: clockText(now)[language] })}
    </span>
  );
}

/** Product name, the open workspace (a consultant keeps one per client), a moved clock, and the language switch. */
export function HeaderBar() {
  const { t } = useTranslation();
  const info = useRead('workspace.info', {});
  // The name the user gave the workspace, else its file name; the sample is called so in the language shown.
  const name = info.data ? (info.data.sample ? t('start.sampleName') : info.data.displayName || info.data.name) : undefined;
  const clientLabel = info.data?.sample ? '' : (info.data?.clientLabel ?? '');
  const clock = useAppClock();

  useEffect(() => {
    document.title = name ? `${clientLabel ? `${clientLabel} — ` : ''}${name} — APPI Workbench` : 'APPI Workbench';
  }, [name, clientLabel]);

  return (
    <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
      <Group gap="md" wrap="nowrap" miw={0}>
        <Text fw={700} size="md" className="wb-product-name">
          {t('app.productName')}
        </Text>
        {name && (
          <Group gap={8} wrap="nowrap" miw={0} className="wb-workspace-name" title={info.data?.path}>
            <IconDatabase size={16} stroke={1.75} aria-hidden="true" />
            <Text size="sm" c="dimmed" span>
              {t('app.workspace')}
            </Text>
            {clientLabel && (
              <Badge variant="outline" color="gray" radius="sm" tt="none" fw={400} className="wb-no-shrink" data-section="workspace-client">
                {clientLabel}
              </Badge>
            )}
            <Text size="sm" fw={700} span truncate="end" data-section="workspace-name">
              {name}
            </Text>
            {info.data?.sample && (
              <Badge variant="filled" color="orange" radius="sm" tt="none" className="wb-no-shrink">
                {t('start.banner.label')}
              </Badge>
            )}
          </Group>
        )}
      </Group>
      <Group gap="md" wrap="nowrap">
        {clock.moved && <MovedClockBadge />}
        <LanguageSwitch />
      </Group>
    </Group>
  );
}
