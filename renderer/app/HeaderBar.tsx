import { Group, Text } from '@mantine/core';
import { IconDatabase } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../api/hooks';
import { LanguageSwitch } from './LanguageSwitch';

/** Product name, the open workspace (a consultant keeps one per client) and the language switch. */
export function HeaderBar() {
  const { t } = useTranslation();
  const info = useRead('workspace.info', {});
  const name = info.data?.name;

  useEffect(() => {
    document.title = name ? `${name} — APPI Workbench` : 'APPI Workbench';
  }, [name]);

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
            <Text size="sm" fw={700} span truncate="end">
              {name}
            </Text>
          </Group>
        )}
      </Group>
      <LanguageSwitch />
    </Group>
  );
}
