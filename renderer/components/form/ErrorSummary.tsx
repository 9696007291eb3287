import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/errors';
import { useLocalize } from '../../lib/useLanguage';

/**
 * Above the form after a failed save: how many fields need attention and what each message says, so
 * a long form's errors are found without scrolling, and an issue without a field is not lost.
 */
export function ErrorSummary({ issues }: { issues: FieldIssue[] }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const messages = [...new Set(issues.map((issue) => localize(issue.message)))];
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('errors.summaryTitle')} role="alert">
      {t('errors.summaryBody', { count: messages.length })}
      <List size="sm" mt={4} spacing={2}>
        {messages.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
