import { Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { formatJapanClock, japanZone } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import type { AutosaveStatus } from './useDraftAutosave';

interface SaveStatusProps {
  status: AutosaveStatus;
  savedAt: Date | null;
  error: AppError | null;
  onRetry: () => void;
}

/** The autosave's quiet line: 「保存中…」, 「保存しました 12:34 日本時間」 (Japan time, as every time on screen), or what failed with a way to retry. */
export function SaveStatus({ status, savedAt, error, onRetry }: SaveStatusProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (status === 'error') {
    return (
      <Group gap={6} wrap="nowrap" role="alert" className="wb-pol-save">
        <IconAlertCircle size={16} className="wb-pol-missing" aria-hidden="true" />
        <Text size="sm" c="red.8" title={error?.text[language]}>
          {t('policies.autosave.failed')}
        </Text>
        <Button size="compact-sm" variant="default" onClick={onRetry}>
          {t('policies.autosave.retry')}
        </Button>
      </Group>
    );
  }
  const saving = status === 'saving';
  const text = saving
    ? t('policies.autosave.saving')
    : status === 'pending' || status === 'conflict'
      ? t('policies.autosave.unsaved')
      : savedAt
        ? t('policies.autosave.saved', { time: `${formatJapanClock(savedAt)} ${japanZone[language]}` })
        : '';
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" className="wb-pol-save" data-status={status}>
      {saving && <Loader size={12} />}
      {status === 'saved' && <IconCheck size={14} className="wb-pol-met" aria-hidden="true" />}
      <Text size="sm" c="dimmed">
        {text}
      </Text>
    </Group>
  );
}
