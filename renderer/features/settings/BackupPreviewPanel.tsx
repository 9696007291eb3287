import { Alert, Button, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconRestore, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupCounts, BackupItem } from '../../../shared/contract/backup';
import { AppError } from '../../../shared/errors';
import { useClient } from '../../api/context';
import { useRead } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { formatDateTime, formatNumber } from '../../lib/format';
import { notifyFailure } from '../../lib/dialogs';
import { useLanguage } from '../../lib/useLanguage';
import { useBackupText } from './useBackupText';

const countKeys: (keyof BackupCounts)[] = ['companies', 'desks', 'policies', 'policyVersions', 'incidents', 'notifications', 'timelineEvents', 'auditRows'];

/**
 * What a backup holds, read by the core from a copy (nothing changes), then 「この時点に復元」 after a confirmation.
 * A restore reloads the page: every screen's data changed underneath it.
 */
export function BackupPreviewPanel({ item }: { item: BackupItem }) {
  const text = useBackupText();
  const language = useLanguage();
  const client = useClient();
  const preview = useRead('backup.preview', { path: item.path });
  const [restoring, setRestoring] = useState(false);
  const at = formatDateTime(item.at, language);

  const restore = async () => {
    setRestoring(true);
    try {
      await client.invoke('backup.restore', { path: item.path });
      window.location.reload();
    } catch (error) {
      notifyFailure(text.restoreFailed, error instanceof AppError ? error.text[language] : String(error));
      setRestoring(false);
    }
  };

  const confirm = () =>
    modals.openConfirmModal({
      title: text.confirmTitle,
      children: <Text size="sm">{text.confirmBody(at)}</Text>,
      labels: { confirm: text.confirm, cancel: text.cancel },
      confirmProps: { color: 'orange', 'data-testid': 'backup-restore-confirm' },
      onConfirm: () => void restore(),
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="backup-preview-title" data-section="backup-preview">
      <Stack gap="sm">
        <Title order={3} size="h5" id="backup-preview-title">
          {text.previewTitle(at)}
        </Title>
        {preview.error ? (
          <Alert color="red" icon={<IconAlertTriangle size={16} aria-hidden />} title={text.previewFailed}>
            {preview.error.text[language]}
          </Alert>
        ) : !preview.data ? (
          <QueryState isPending={preview.isPending} error={preview.error} onRetry={() => void preview.refetch()} />
        ) : (
          <>
            <DataList orientation="horizontal" labelWidth={160} size="sm" gap={4}>
              {countKeys.map((key) => (
                <DataList.Item key={key}>
                  <DataList.ItemLabel>{text.counts[key]}</DataList.ItemLabel>
                  <DataList.ItemValue className="wb-num">{formatNumber(preview.data.counts[key], language)}</DataList.ItemValue>
                </DataList.Item>
              ))}
              <DataList.Item>
                <DataList.ItemLabel>{text.lastAudit}</DataList.ItemLabel>
                <DataList.ItemValue>
                  {preview.data.lastAudit
                    ? [formatDateTime(preview.data.lastAudit.at, language), preview.data.lastAudit.summary[language], preview.data.lastAudit.actor, `#${preview.data.lastAudit.id}`].join(' · ')
                    : text.noAudit}
                </DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>{text.schemaVersion}</DataList.ItemLabel>
                <DataList.ItemValue className="wb-num">{preview.data.schemaVersion}</DataList.ItemValue>
              </DataList.Item>
            </DataList>
            {preview.data.verify.ok ? (
              <Text size="sm" c="teal.8" role="status">
                <IconShieldCheck size={14} aria-hidden style={{ verticalAlign: '-2px' }} /> {text.verifyOk}
              </Text>
            ) : (
              <Alert color="red" icon={<IconAlertTriangle size={16} aria-hidden />} title={text.verifyBroken(preview.data.verify.problemCount)}>
                {preview.data.verify.problems[0]?.message[language]}
              </Alert>
            )}
            {!preview.data.sameWorkspace && (
              <Alert color="orange" icon={<IconAlertTriangle size={16} aria-hidden />}>
                {text.otherWorkspace}
              </Alert>
            )}
            <Group>
              <Button color="orange" leftSection={<IconRestore size={16} aria-hidden />} loading={restoring} onClick={confirm}>
                {text.restore}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
