import { Button, Checkbox, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupList } from '../../../shared/contract/backup';
import { AppError } from '../../../shared/errors';
import { useClient } from '../../api/context';
import { FormSection } from '../../components/form/FormSection';
import { notifyDone } from '../../lib/dialogs';
import { useLanguage } from '../../lib/useLanguage';
import { useBackupText } from './useBackupText';

/** 自動バックアップ: on or off, how many to keep, and the folder (empty: beside the workspace). */
export function BackupAutoForm({ list }: { list: BackupList }) {
  const text = useBackupText();
  const language = useLanguage();
  const client = useClient();
  const queryClient = useQueryClient();
  const [automatic, setAutomatic] = useState(list.settings.automatic);
  const [keep, setKeep] = useState<number | string>(list.settings.keep);
  const [folder, setFolder] = useState(list.settings.folder);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const errorOf = (field: string) => (error && error.path[0] === field ? error.text[language] : undefined);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await client.invoke('backup.configure', { automatic, keep: typeof keep === 'number' ? keep : Number.NaN, folder });
      await queryClient.invalidateQueries({ queryKey: ['backup.list'] });
      notifyDone(text.settingsSaved);
    } catch (failure) {
      setError(failure instanceof AppError ? failure : new AppError('internal', { ja: String(failure), en: String(failure) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormSection title={text.autoTitle} description={text.autoLead}>
      <Stack gap="sm">
        <Checkbox label={text.automatic} checked={automatic} onChange={(event) => setAutomatic(event.currentTarget.checked)} />
        <Group align="flex-start" gap="md" wrap="nowrap">
          <NumberInput label={text.keep} description={text.keepHelp} value={keep} onChange={setKeep} min={1} max={100} allowDecimal={false} w={180} error={errorOf('keep')} />
          <TextInput label={text.folder} description={text.folderHelp} value={folder} onChange={(event) => setFolder(event.currentTarget.value)} error={errorOf('folder')} style={{ flex: 1 }} />
        </Group>
        {error && !errorOf('keep') && !errorOf('folder') && (
          <Text size="sm" c="red" role="alert">
            {error.text[language]}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {text.folderNow}: <span className="wb-path">{list.folder}</span>
        </Text>
        <Group>
          <Button onClick={() => void save()} loading={saving}>
            {text.saveSettings}
          </Button>
        </Group>
      </Stack>
    </FormSection>
  );
}
