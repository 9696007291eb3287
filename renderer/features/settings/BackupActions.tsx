import { Button, FileButton, Group, Text } from '@mantine/core';
import { IconCopy, IconDatabaseExport, IconDatabaseImport, IconHistory } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ExportResult } from '../../../shared/contract/exports';
import { AppError } from '../../../shared/errors';
import { useClient } from '../../api/context';
import { useRead } from '../../api/hooks';
import { FormSection } from '../../components/form/FormSection';
import { notifyDone, notifyFailure } from '../../lib/dialogs';
import { useLanguage } from '../../lib/useLanguage';
import { saveExport } from '../exports';
import { useBackupText } from './useBackupText';

type Busy = 'copy' | 'now' | 'export' | 'import' | null;

/**
 * 「コピーを保存」 and the JSON data export go through the exports' save path: Electron's save dialog, or a download
 * in browser mode. 「今すぐバックアップ」 writes into the backup folder; 「JSONから読み込む」 fills an empty workspace.
 */
export function BackupActions() {
  const text = useBackupText();
  const language = useLanguage();
  const client = useClient();
  const queryClient = useQueryClient();
  const capabilities = useRead('files.capabilities', {});
  const [busy, setBusy] = useState<Busy>(null);

  const failed = (title: string, error: unknown) => notifyFailure(title, error instanceof AppError ? error.text[language] : String(error));

  const save = async (kind: 'copy' | 'export', produce: () => Promise<ExportResult>) => {
    setBusy(kind);
    try {
      const result = await produce();
      const outcome = await saveExport(client, result, { canSave: capabilities.data?.saveFile ?? false, openAfter: false });
      if (outcome.kind !== 'cancelled') notifyDone(outcome.kind === 'saved' ? text.saved(result.fileName) : text.downloaded(result.fileName));
    } catch (error) {
      failed(text.failed, error);
    } finally {
      setBusy(null);
    }
  };

  const backupNow = async () => {
    setBusy('now');
    try {
      await client.invoke('backup.now', {});
      await queryClient.invalidateQueries({ queryKey: ['backup.list'] });
      notifyDone(text.backedUp);
    } catch (error) {
      failed(text.failed, error);
    } finally {
      setBusy(null);
    }
  };

  const importFile = async (file: File | null) => {
    if (!file) return;
    setBusy('import');
    try {
      const result = await client.invoke('backup.importData', { json: await file.text() });
      // Every screen's data came from the file just read.
      await queryClient.invalidateQueries();
      notifyDone(text.imported(result.rows));
    } catch (error) {
      failed(text.importFailed, error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <FormSection title={text.copyTitle} description={text.copyLead}>
      <Group gap="sm">
        <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} loading={busy === 'copy'} disabled={busy !== null} onClick={() => void save('copy', () => client.invoke('backup.saveCopy', {}))}>
          {text.saveCopy}
        </Button>
        <Button variant="default" leftSection={<IconHistory size={16} aria-hidden />} loading={busy === 'now'} disabled={busy !== null} onClick={() => void backupNow()}>
          {text.backupNow}
        </Button>
        <Button variant="default" leftSection={<IconDatabaseExport size={16} aria-hidden />} loading={busy === 'export'} disabled={busy !== null} onClick={() => void save('export', () => client.invoke('backup.exportData', {}))}>
          {text.exportData}
        </Button>
        <FileButton onChange={(file) => void importFile(file)} accept="application/json,.json">
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconDatabaseImport size={16} aria-hidden />} loading={busy === 'import'} disabled={busy !== null} aria-describedby="backup-import-lead">
              {text.importData}
            </Button>
          )}
        </FileButton>
      </Group>
      <Text size="xs" c="dimmed" id="backup-import-lead">
        {text.importLead}
      </Text>
    </FormSection>
  );
}
