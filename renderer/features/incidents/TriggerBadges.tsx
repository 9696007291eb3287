import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Trigger, Verdict } from '../../../shared/appi/reportability';
import { triggerNames } from '../../../shared/appi/reportability-reasons';
import { capitalize } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';

/**
 * The Rule Art. 7 triggers that hold, as short words (the full name on hover). Unless the incident is
 * reportable, the verdict comes first: a trigger may hold while encryption exempts it (報告不要), or the
 * verdict may still be open (判断中).
 */
export function TriggerBadges({ triggers, reportable }: { triggers: readonly Trigger[]; reportable: Verdict }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = triggers.map((trigger) => capitalize(triggerNames[trigger][language])).join(language === 'ja' ? '、' : ', ');
  if (reportable === 'no') {
    // The verdict alone; a trigger that holds but is exempted by encryption is named on hover.
    return (
      <Text span size="xs" c="gray.7" title={names || undefined}>
        {t('incidents.reportable.no')}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" className="wb-trigger-badges" title={names}>
      {reportable === 'undetermined' && (
        <Badge size="sm" radius="sm" tt="none" fw={700} variant="light" color="orange" className="wb-trigger-badge">
          {t('incidents.reportable.undetermined')}
        </Badge>
      )}
      {triggers.map((trigger) => (
        <Badge
          key={trigger}
          size="sm"
          radius="sm"
          tt="none"
          fw={400}
          variant="outline"
          color="gray"
          className="wb-trigger-badge"
        >
          {t(`incidents.triggerShort.${trigger}`)}
        </Badge>
      ))}
    </Group>
  );
}
