import { Alert, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/useLanguage';
import { AssessmentDeadlines, type SentReports } from './AssessmentDeadlines';
import { AssessmentFindings } from './AssessmentFindings';
import { AssessmentVerdict } from './AssessmentVerdict';
import { UnconfirmedSources } from './AssessmentUnconfirmed';
import type { LiveAssessment } from './liveAssessment';

interface Props {
  live: LiveAssessment;
  sent: SentReports;
  now: Date;
}

/**
 * Beside the form, in view while it scrolls: the verdict, the triggers and exemption with their citations,
 * the entrustee route, and the deadlines with their bases — recomputed as the user types. Guidance only.
 */
export function AssessmentPanel({ live, sent, now }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const result =
    live.kind === 'full'
      ? { verdict: live.assessment.reportable, conclusions: live.assessment.reasons, entrustee: live.assessment.entrustee }
      : live.kind === 'noClock'
        ? { verdict: live.reportability.verdict, conclusions: live.reportability.conclusions, entrustee: live.reportability.entrustee }
        : null;

  return (
    // A tab stop of its own: the panel scrolls apart from the form, and keyboard users must be able to scroll it.
    <aside className="wb-assessment" aria-labelledby="assessment-title" tabIndex={0}>
      <Paper withBorder p="md" className="wb-assessment-paper">
        <Stack gap="md">
          <div>
            <Title order={2} id="assessment-title">
              {t('assessment.title')}
            </Title>
            <Text size="xs" c="gray.7" mt={2}>
              {t('assessment.live')}
            </Text>
          </div>
          {live.kind === 'invalid' && <Text size="sm">{t('assessment.invalid')}</Text>}
          {live.kind === 'failed' && (
            <Alert color="red" variant="light" title={t('assessment.failed')}>
              {live.message[language]}
            </Alert>
          )}
          {result && (
            <>
              <div aria-live="polite">
                <AssessmentVerdict
                  verdict={result.verdict}
                  reason={result.conclusions.find((c) => c.topic === 'verdict')?.reason}
                  relieved={result.entrustee?.relieved === true}
                />
              </div>
              <Divider />
              {live.kind === 'full' ? (
                <AssessmentDeadlines assessment={live.assessment} sent={sent} now={now} />
              ) : (
                <Text size="sm">{t('assessment.noClock')}</Text>
              )}
              <Divider />
              <AssessmentFindings conclusions={result.conclusions} />
            </>
          )}
          <UnconfirmedSources />
          <Alert color="gray" variant="light" icon={<IconInfoCircle size={16} />} p="xs">
            <Text size="xs">{t('assessment.disclaimer')}</Text>
          </Alert>
        </Stack>
      </Paper>
    </aside>
  );
}
