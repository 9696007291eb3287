import { Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { factLabels, type FactName } from '../../../shared/appi/breach-facts';
import type { Verdict } from '../../../shared/appi/reportability';
import type { LocalizedText } from '../../../shared/errors';
import { useLanguage } from '../../lib/useLanguage';

interface Props {
  verdict: Verdict;
  reason: LocalizedText | undefined;
  missing: readonly FactName[];
}

const icons = { yes: IconAlertTriangle, no: IconCircleCheck, undetermined: IconHelpCircle } as const;

/** The answer first, in words: 報告が必要 / 報告は不要 / まだ判断できません, with why and what to find out. */
export function AssessmentVerdict({ verdict, reason, missing }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const Icon = icons[verdict];
  const separator = language === 'ja' ? '、' : ', ';
  return (
    <div className={`wb-verdict wb-verdict-${verdict}`} data-verdict={verdict}>
      <div className="wb-verdict-head">
        <Icon size={20} stroke={2} aria-hidden="true" />
        <Text fw={700} size="lg" className="wb-verdict-title">
          {t(`assessment.verdict.${verdict}`)}
        </Text>
      </div>
      {reason && (
        <Text size="sm" mt={4}>
          {reason[language]}
        </Text>
      )}
      {missing.length > 0 && (
        <Text size="sm" fw={700} mt={4}>
          {t('assessment.missingFacts', { facts: missing.map((fact) => factLabels[fact][language]).join(separator) })}
        </Text>
      )}
    </div>
  );
}
