import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/appi/assess';
import { deadlineStatus } from '../../../shared/appi/deadline-status';
import { ruleParameters } from '../../../shared/appi/rule-parameters';
import { formatCivilDateWithWeekday } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import { AssessmentDeadlineRow } from './AssessmentDeadlineRow';

export interface SentReports {
  /** When the 速報 and the 確報 were sent, for a stored incident (null: not yet). */
  preliminary: string | null;
  final: string | null;
}

interface Props {
  assessment: Assessment;
  sent: SentReports;
  now: Date;
}

/**
 * 速報 target (day 3) and outer limit (day 5), 確報 due (30 or 60 days), each with its basis in the current
 * language and a chip against today — or, once sent, against the time it went out.
 */
export function AssessmentDeadlines({ assessment, sent, now }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { preliminary, final, bases } = assessment;
  const relieved = assessment.entrustee?.relieved === true;
  // e.g. 「確報は30日以内として表示しています。不正の目的のおそれがあると分かれば60日になります。」
  const note = assessment.reasons.find((reason) => reason.topic === 'deadlines')?.reason;

  return (
    <Stack gap="sm">
      <Title order={3}>{t('assessment.deadlinesTitle')}</Title>
      <Text size="xs" c="gray.8">
        {t('assessment.knownOn', { date: formatCivilDateWithWeekday(assessment.knownOn, language) })}
      </Text>
      {note && preliminary && <Text size="xs">{note[language]}</Text>}
      {!preliminary || !final || !bases ? (
        <Text size="sm">{t('assessment.noDeadlines')}</Text>
      ) : (
        <>
          {relieved && (
            <Text size="sm" fw={700}>
              {t('assessment.relievedDeadlines')}
            </Text>
          )}
          <AssessmentDeadlineRow
            role="preliminaryTarget"
            label={t('assessment.preliminaryTarget', { day: ruleParameters.preliminaryTargetDay.value })}
            date={preliminary.target}
            basis={bases.preliminaryTarget}
            status={null}
            withCitations={false}
          />
          <AssessmentDeadlineRow
            role="preliminaryLimit"
            label={t('assessment.preliminaryLimit', { day: ruleParameters.preliminaryLimitDay.value })}
            date={preliminary.limit}
            basis={bases.preliminaryLimit}
            status={relieved ? null : deadlineStatus({ due: preliminary.limit, now, sentAt: sent.preliminary })}
          />
          <AssessmentDeadlineRow
            role="final"
            label={t('assessment.final', { days: final.days })}
            date={final.due}
            basis={bases.final}
            status={relieved ? null : deadlineStatus({ due: final.due, now, sentAt: sent.final })}
          />
        </>
      )}
    </Stack>
  );
}
