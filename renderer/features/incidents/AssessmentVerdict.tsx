import { Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHelpCircle, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../shared/appi/reportability';
import type { LocalizedText } from '../../../shared/errors';
import { useLanguage } from '../../lib/useLanguage';

interface Props {
  verdict: Verdict;
  /** The verdict's reason: why, which facts to find out (named once, here), and — for an entrustee — who reports. */
  reason: LocalizedText | undefined;
  /** We are the entrustee and our prompt notice to the entrustor relieved us (Art. 26(1) proviso): good news. */
  relieved: boolean;
}

const icons = { yes: IconAlertTriangle, no: IconCircleCheck, undetermined: IconHelpCircle } as const;

/**
 * The answer first, in words: 報告が必要 / 報告は不要 / まだ判断できません, with why. A reportable incident we are
 * relieved of as the entrustee is said as such, in the calm colour of good news rather than the alarm of "must report".
 */
export function AssessmentVerdict({ verdict, reason, relieved }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const asRelieved = verdict === 'yes' && relieved;
  const Icon = asRelieved ? IconShieldCheck : icons[verdict];
  return (
    <div className={`wb-verdict wb-verdict-${asRelieved ? 'relieved' : verdict}`} data-verdict={verdict} data-relieved={asRelieved || undefined}>
      <div className="wb-verdict-head">
        <Icon size={20} stroke={2} aria-hidden="true" />
        <Text fw={700} size="lg" className="wb-verdict-title">
          {asRelieved ? t('assessment.verdictRelieved') : t(`assessment.verdict.${verdict}`)}
        </Text>
      </div>
      {reason && (
        <Text size="sm" mt={4} className="wb-verdict-reason">
          {reason[language]}
        </Text>
      )}
    </div>
  );
}
