import { Button, DataList, Group, List, Stack, Text } from '@mantine/core';
import { IconFilePlus, IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/hooks';
import { FailureNotice } from '../../components/form/FailureNotice';
import { FormSection } from '../../components/form/FormSection';
import { QueryState } from '../../components/QueryState';
import { formatBytes, formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/useLanguage';
import { BackupSettings } from './BackupSettings';
import { RecentWorkspaces } from './RecentWorkspaces';
import { useWorkspaceSwitch } from './useWorkspaceSwitch';
import { WorkspaceNamesForm } from './WorkspaceNamesForm';
import { WorkspacePickerModal } from './WorkspacePickerModal';

/** The ワークスペース tab: the open file, switching to another, and the recently used ones. */
export function WorkspaceSettings() {
  const { t } = useTranslation();
  const language = useLanguage();
  const info = useRead('workspace.info', {});
  const switcher = useWorkspaceSwitch();

  return (
    <Stack gap="lg" className="wb-form">
      {switcher.failure && <FailureNotice error={switcher.failure} action="save" title={t('settings.switchFailed')} />}
      <FormSection title={t('settings.workspaceTitle')} description={t('settings.workspaceLead')}>
        {info.data ? (
          <DataList orientation="horizontal" labelWidth={200} size="sm" gap="sm">
            <DataList.Item>
              <DataList.ItemLabel>{t('settings.path')}</DataList.ItemLabel>
              <DataList.ItemValue className="wb-path">{info.data.path}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('settings.schemaVersion')}</DataList.ItemLabel>
              <DataList.ItemValue className="wb-num">{formatNumber(info.data.schemaVersion, language)}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('settings.size')}</DataList.ItemLabel>
              <DataList.ItemValue className="wb-num">{formatBytes(info.data.sizeBytes, language)}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('settings.backups')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {info.data.backups.length === 0 ? (
                  <Text size="sm" c="dimmed" span>
                    {t('common.none')}
                  </Text>
                ) : (
                  <List size="sm" spacing={2}>
                    {info.data.backups.map((backup) => (
                      <List.Item key={backup} className="wb-path">
                        {backup}
                      </List.Item>
                    ))}
                  </List>
                )}
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
        ) : (
          <QueryState isPending={info.isPending} error={info.error} onRetry={() => void info.refetch()} />
        )}
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconFolderOpen size={16} />}
            onClick={() => void switcher.start('open')}
            disabled={switcher.busy}
          >
            {t('settings.open')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFilePlus size={16} />}
            onClick={() => void switcher.start('create')}
            disabled={switcher.busy}
          >
            {t('settings.create')}
          </Button>
        </Group>
      </FormSection>
      {info.data && !info.data.sample && <WorkspaceNamesForm key={info.data.id} info={info.data} />}
      <RecentWorkspaces currentPath={info.data?.path} onOpen={(path) => void switcher.openRecent(path)} busy={switcher.busy} />
      <BackupSettings />
      {switcher.askingFor && (
        <WorkspacePickerModal
          key={switcher.askingFor}
          mode={switcher.askingFor}
          busy={switcher.busy}
          onSubmit={switcher.submitPath}
          onClose={switcher.closeDialog}
        />
      )}
    </Stack>
  );
}
