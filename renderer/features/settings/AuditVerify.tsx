import { Alert, Button, Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifyReport } from '../../../shared/contract/audit';
import { AppError } from '../../../shared/errors';
import { useClient } from '../../api/context';
import { useLanguage } from '../../lib/useLanguage';

/**
 * 「操作履歴を検査」: the same check as `appi-workbench verify` on the open workspace — the hash chain, each record
 * against its last audit row, the protective triggers. The first break is named first; the rest follow.
 */
export function AuditVerify() {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useClient();
  const queryClient = useQueryClient();
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async () => {
    setRunning(true);
    setFailure(null);
    try {
      setReport(await client.invoke('audit.verify', {}));
      // The list may show rows the check found gone (changed behind the app): read it again.
      await queryClient.invalidateQueries({ queryKey: ['audit.list'] });
    } catch (error) {
      setReport(null);
      setFailure(error instanceof AppError ? error.text[language] : String(error));
    } finally {
      setRunning(false);
    }
  };

  const [first, ...rest] = report?.problems ?? [];
  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="audit-verify-title" data-section="audit-verify">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
        <Stack gap={4} style={{ flex: 1 }}>
          <Title order={2} size="h4" id="audit-verify-title">
            {t('settings.verify.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.verify.lead')}
          </Text>
        </Stack>
        <Button leftSection={<IconShieldCheck size={16} aria-hidden />} loading={running} onClick={() => void run()} variant="default" style={{ flexShrink: 0 }}>
          {t('settings.verify.run')}
        </Button>
      </Group>
      <div aria-live="polite">
        {failure && (
          <Alert color="red" mt="md" title={t('settings.verify.failed')}>
            {failure}
          </Alert>
        )}
        {report?.ok && (
          <Alert color="teal" mt="md" icon={<IconShieldCheck size={18} />} title={t('settings.verify.ok')} data-verify="ok">
            <Text size="sm">{t('settings.verify.okDetail', { rows: report.auditRows, records: report.recordsChecked, triggers: report.triggersChecked })}</Text>
            {report.head && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('settings.verify.head', { id: report.head.id })} <Code>{report.head.hash}</Code>
              </Text>
            )}
          </Alert>
        )}
        {report && !report.ok && first && (
          <Alert color="red" mt="md" icon={<IconAlertTriangle size={18} />} title={t('settings.verify.broken', { count: report.problemCount })} data-verify="broken">
            <Text size="sm" fw={600}>
              {t('settings.verify.firstBreak')}
            </Text>
            <Text size="sm" data-verify-first>
              {first.message[language]}
            </Text>
            {rest.length > 0 && (
              <List size="sm" mt="sm" spacing={2}>
                {rest.map((problem, index) => (
                  <List.Item key={index}>{problem.message[language]}</List.Item>
                ))}
              </List>
            )}
            {report.problemCount > report.problems.length && (
              <Text size="sm" mt={4}>
                {t('settings.verify.more', { count: report.problemCount - report.problems.length })}
              </Text>
            )}
            <Text size="xs" mt="sm">
              {t('settings.verify.whatToDo')}
            </Text>
          </Alert>
        )}
      </div>
    </Paper>
  );
}
