import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/useLanguage';

/**
 * Two numbers at a glance: incidents still open, and how many have a statutory deadline missed (a 速報 or 確報
 * past its deadline, not sent) — red only then. A notice past its "promptly" yardstick is not counted here.
 */
export function DashboardStats({ open, overdue }: { open: number; overdue: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const tiles = [
    { key: 'open', label: t('dashboard.openCount'), value: open, icon: IconFolderOpen, alert: false, hint: null },
    { key: 'overdue', label: t('dashboard.overdueCount'), value: overdue, icon: IconAlertTriangle, alert: overdue > 0, hint: t('dashboard.overdueHint') },
  ];
  return (
    <Stack gap="lg" className="wb-stats">
      {tiles.map((tile) => {
        const Icon = tile.icon;
        return (
          <Paper key={tile.key} withBorder p="md" className={`wb-stat${tile.alert ? ' wb-stat-alert' : ''}`} data-stat={tile.key}>
            <Group gap="sm" wrap="nowrap">
              <Icon size={20} stroke={1.75} aria-hidden="true" className="wb-stat-icon" />
              <Text size="sm" fw={700}>
                {tile.label}
              </Text>
            </Group>
            <Text className="wb-stat-value wb-num" mt={4}>
              {t('dashboard.countValue', { n: formatNumber(tile.value, language) })}
            </Text>
            {tile.hint && (
              <Text size="xs" className="wb-stat-hint">
                {tile.hint}
              </Text>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
