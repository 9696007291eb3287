import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Conclusion } from '../../../shared/appi/reportability';
import { triggerNames } from '../../../shared/appi/reportability-reasons';
import { capitalize } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';
import { AssessmentFindingRow } from './AssessmentFindingRow';

const triggerTopics = ['sensitive', 'financialRisk', 'wrongfulPurpose', 'volume'] as const;

/**
 * The four triggers of Rule Art. 7 with their status and citation, then the encryption exemption, pseudonymised
 * information (Art. 41(9), shown only when it is or may be the case) and, for an entrustee, the route of Rule
 * Art. 9 — what happened with the notice to the entrustor (the verdict above says who therefore reports): every
 * conclusion the verdict rests on, with its reason.
 */
export function AssessmentFindings({ conclusions }: { conclusions: readonly Conclusion[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const find = (topic: Conclusion['topic']) => conclusions.find((c) => c.topic === topic);
  const exemption = find('exemption');
  const entrustee = find('entrustee');
  const pseudonymised = find('pseudonymised');
  const entrusteeStatus =
    entrustee?.status === 'relieved' || entrustee?.status === 'notRelieved' || entrustee?.status === 'unknown' ? entrustee.status : 'notApplicable';

  return (
    <Stack gap="xs">
      <Title order={3}>{t('assessment.triggersTitle')}</Title>
      {triggerTopics.map((topic) => {
        const conclusion = find(topic);
        if (!conclusion) return null;
        const status = conclusion.status === 'holds' || conclusion.status === 'notHeld' ? conclusion.status : 'unknown';
        return (
          <AssessmentFindingRow
            key={topic}
            name={capitalize(triggerNames[topic][language])}
            status={t(`assessment.findingStatus.${status}`)}
            conclusion={conclusion}
          />
        );
      })}
      {exemption && (
        <AssessmentFindingRow
          name={t('assessment.exemptionTitle')}
          status={t(`assessment.exemptionStatus.${exemption.status === 'applies' || exemption.status === 'ruledOut' ? exemption.status : 'unknown'}`)}
          conclusion={exemption}
        />
      )}
      {/* Outside Art. 26 altogether (Art. 41(9)): an exclusion like the one above, not a Rule Art. 7 trigger. */}
      {pseudonymised && (
        <AssessmentFindingRow
          name={t('assessment.pseudonymisedTitle')}
          status={t(`assessment.pseudonymisedStatus.${pseudonymised.status === 'applies' ? 'applies' : 'unknown'}`)}
          conclusion={pseudonymised}
        />
      )}
      {entrustee && (
        <AssessmentFindingRow
          name={t('assessment.entrusteeTitle')}
          status={t(`assessment.entrusteeStatus.${entrusteeStatus}`)}
          conclusion={entrustee}
        />
      )}
    </Stack>
  );
}
