import { Alert, Button, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { useLocalize } from '../../lib/useLanguage';

interface FailureNoticeProps {
  error: AppError;
  action: 'save' | 'delete';
  /** Offered when a save lost a race with another change (`conflict`): fetch the latest revision. */
  onReload?: () => void;
  /** A heading other than 「保存できませんでした」, e.g. for a workspace switch. */
  title?: string;
}

/**
 * A save or delete the core refused for a reason other than field validation: another change got
 * there first (offer to reload), the company still has desks, the workspace is gone… said plainly,
 * in the core's own words.
 */
export function FailureNotice({ error, action, onReload, title }: FailureNoticeProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const conflict = error.code === 'conflict' && action === 'save' && onReload;
  const ref = useRef<HTMLDivElement>(null);

  // The buttons that fail sit at the bottom of a long form; bring the explanation into view.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [error]);

  return (
    <Alert
      ref={ref}
      color={conflict ? 'orange' : 'red'}
      variant="light"
      icon={<IconAlertCircle size={18} />}
      title={title ?? t(action === 'save' ? 'errors.saveFailed' : 'errors.deleteFailed')}
      role="alert"
    >
      <Text size="sm">{localize(error.text)}</Text>
      {conflict && (
        <>
          <Text size="sm" mt={4}>
            {t('errors.conflictBody')}
          </Text>
          <Button mt="sm" size="xs" variant="default" leftSection={<IconRefresh size={14} />} onClick={onReload}>
            {t('errors.conflictReload')}
          </Button>
        </>
      )}
    </Alert>
  );
}
