import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalize } from '../lib/useLanguage';
import { onWorkspaceSwitch, type WorkspaceSwitch } from './transport';

/**
 * Back to the start page of the workspace open now: a record's route (#/desks/1) would show another client's record
 * with the same id.
 */
function reloadOntoOpenWorkspace(): void {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
  window.location.reload();
}

/**
 * Says so when the workspace this page shows is no longer the open one (another tab or window switched): the core
 * refused the page's request, or the page noticed first. Nothing was saved; the user reloads onto the open workspace,
 * or closes the notice to copy what they typed first.
 */
export function WorkspaceChangedNotice() {
  const { t } = useTranslation();
  const localize = useLocalize();
  const [change, setChange] = useState<WorkspaceSwitch | null>(null);
  useEffect(() => onWorkspaceSwitch((next) => setChange((shown) => shown ?? next)), []);
  if (!change) return null;
  return (
    <Modal
      opened
      onClose={() => setChange(null)}
      title={t('workspaceSwitch.title')}
      centered
      size="lg"
      closeOnClickOutside={false}
      data-testid="workspace-changed"
    >
      <Stack gap="sm">
        <Text size="sm">{change.refusal ? localize(change.refusal.message) : t('workspaceSwitch.noticed')}</Text>
        {change.now && (
          <div>
            <Text size="sm">
              {t('workspaceSwitch.nowOpen')}: <strong>{change.now.name}</strong>
            </Text>
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {change.now.path}
            </Text>
          </div>
        )}
        <Text size="sm" c="dimmed">
          {t('workspaceSwitch.unsaved')}
        </Text>
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={() => setChange(null)}>
            {t('workspaceSwitch.later')}
          </Button>
          <Button leftSection={<IconRefresh size={16} />} onClick={reloadOntoOpenWorkspace} data-autofocus>
            {t('workspaceSwitch.reload')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
