import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { FailureNotice } from '../../components/form/FailureNotice';
import { FieldLabel } from '../../components/form/FieldLabel';
import { useLanguage } from '../../lib/useLanguage';
import { fieldLabel } from '../../lib/fieldLabel';
import type { WorkspaceMode } from './useWorkspaceSwitch';

interface Props {
  mode: WorkspaceMode;
  busy: boolean;
  onSubmit: (path: string) => Promise<AppError | null>;
  onClose: () => void;
}

const example = /Windows/.test(navigator.userAgent)
  ? 'C:\\Users\\sato\\Documents\\client-a.sqlite'
  : '/home/sato/Documents/client-a.sqlite';

/** Browser mode has no file dialog: the path is typed, and the core's refusal shows under it. */
export function WorkspacePathModal({ mode, busy, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [path, setPath] = useState('');
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const label = fieldLabel('path', language);
  const fieldMessage = refusal?.issues?.find((issue) => issue.path[0] === 'path')?.message ?? (refusal?.path[0] === 'path' ? refusal.text : undefined);

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(mode === 'open' ? 'settings.openTitle' : 'settings.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit(path).then(setRefusal);
        }}
      >
        <Stack gap="md">
          {refusal && !fieldMessage && <FailureNotice error={refusal} action="save" title={t('settings.switchFailed')} />}
          <TextInput
            label={<FieldLabel text={label} requirement="required" />}
            aria-label={label}
            required
            withAsterisk={false}
            description={
              <>
                <span className="wb-help-line">{t(mode === 'open' ? 'settings.openHelp' : 'settings.createHelp')}</span>
                <span className="wb-help-line">{t('common.example', { value: example })}</span>
              </>
            }
            value={path}
            onChange={(event) => {
              setPath(event.currentTarget.value);
              setRefusal(null);
            }}
            error={fieldMessage?.[language]}
            data-autofocus
            spellCheck={false}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t(mode === 'open' ? 'settings.openAction' : 'settings.createAction')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
