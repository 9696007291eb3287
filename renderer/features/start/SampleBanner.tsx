import { Alert, Button, Group, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/hooks';
import { useSampleSwitch } from './useSampleSwitch';

/**
 * On every screen of the sample workspace: what it is, and the way back to the user's own workspace. The sample is a
 * file of its own (main/core/workspace/sample.ts), so nothing done here reaches real records.
 */
export function SampleBanner() {
  const { t } = useTranslation();
  const info = useRead('workspace.info', {});
  const sample = useSampleSwitch();
  if (!info.data?.sample) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconFlask size={18} aria-hidden />}
      mb="md"
      className="wb-sample-banner"
      role="region"
      aria-label={t('start.banner.label')}
      data-section="sample-banner"
    >
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="sm">
          <Text span fw={700}>
            {t('start.banner.label')}
          </Text>
          {t('start.banner.separator')}
          {t('start.banner.text')}
        </Text>
        <Button size="xs" variant="default" onClick={() => void sample.leave()} loading={sample.busy} className="wb-no-shrink">
          {sample.own ? t('start.banner.backNamed', { name: sample.own.displayName || sample.own.name }) : t('start.banner.noOwn')}
        </Button>
      </Group>
    </Alert>
  );
}
