import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Trigger, Verdict } from '../../../shared/appi/reportability';
import { triggerNames } from '../../../shared/appi/reportability-reasons';
import { capitalize } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';

/**
 * The Rule Art. 7 triggers that hold: the first as a short word, the others counted (the full names on hover and
 * for screen readers). Unless the incident
 * is reportable, the verdict comes first: still open (判断中, neutral: the deadline column carries the urgency),
 * or not reportable — good news in green when a trigger holds but an exemption applies.
 */
export function TriggerBadges({ triggers, reportable }: { triggers: readonly Trigger[]; reportable: Verdict }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const separator = language === 'ja' ? '、' : ', ';
  const names = triggers.map((trigger) => capitalize(triggerNames[trigger][language])).join(separator);
  if (reportable === 'no') {
    if (triggers.length === 0) {
      return (
        <Text span size="xs" c="gray.7">
          {t('incidents.reportable.no')}
        </Text>
      );
    }
    const exempted = t('incidents.exempted', { names });
    return (
      <Badge size="sm" radius="sm" tt="none" fw={700} variant="light" color="green" className="wb-trigger-badge" title={exempted} aria-label={exempted}>
        {t('incidents.reportable.no')}
      </Badge>
    );
  }
  // The first trigger by name, the others as a count (「他2件」 / "+2 more") with every name on hover and for
  // screen readers: a narrow column shows less, never a badge cut off (issue 13 item 7).
  const [first, ...others] = triggers;
  return (
    <Group gap={4} wrap="nowrap" className="wb-trigger-badges" title={names || undefined} aria-label={names || undefined}>
      {reportable === 'undetermined' && (
        <Badge size="sm" radius="sm" tt="none" fw={700} variant="outline" color="dark" className="wb-trigger-badge wb-no-shrink">
          {t('incidents.reportable.undetermined')}
        </Badge>
      )}
      {first && (
        <Badge size="sm" radius="sm" tt="none" fw={400} variant="outline" color="gray" className="wb-trigger-list">
          {t(`incidents.triggerShort.${first}`)}
        </Badge>
      )}
      {others.length > 0 && (
        <Badge size="sm" radius="sm" tt="none" fw={400} variant="light" color="gray" className="wb-trigger-badge wb-trigger-more" title={names}>
          {t('ui.more', { n: others.length })}
        </Badge>
      )}
    </Group>
  );
}
