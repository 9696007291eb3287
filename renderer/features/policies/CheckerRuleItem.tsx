import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleMinus, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PolicyCheckResult } from '../../../shared/domain/policy-check';
import { useLanguage } from '../../lib/useLanguage';

type Rule = PolicyCheckResult['rules'][number];

interface CheckerRuleItemProps {
  rule: Rule;
  /** The live article heading of a section id ('' when the section is gone). */
  headingOf: (sectionId: string) => string;
  onJump: (sectionId: string) => void;
}

const icons = { met: IconCircleCheck, missing: IconCircleX, na: IconCircleMinus };

/** One rule: met (green check) / missing (red) / n/a (grey) with its words, citation, sections and warnings. */
export function CheckerRuleItem({ rule, headingOf, onJump }: CheckerRuleItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const Icon = icons[rule.status];
  const sections = rule.status === 'met' ? rule.sectionIds.filter((id) => headingOf(id) !== '') : [];

  return (
    <li className={`wb-pol-rule wb-pol-rule-${rule.status}`} data-rule={rule.id} data-status={rule.status}>
      <Group gap={8} wrap="nowrap" align="flex-start">
        <Icon size={18} className={`wb-pol-icon-${rule.status}`} aria-hidden="true" />
        <Stack gap={2} miw={0}>
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={700}>
              {t(`policies.checker.rules.${rule.id}`)}
            </Text>
            <Text size="xs" className={`wb-pol-status-${rule.status}`}>
              {t(`policies.checker.${rule.status}`)}
            </Text>
          </Group>
          {rule.status !== 'met' && (
            <Text size="xs" c="gray.7">
              {rule.message[language]}
            </Text>
          )}
          {sections.map((id) => (
            <Anchor key={id} component="button" type="button" size="xs" ta="left" onClick={() => onJump(id)}>
              {t('policies.checker.section', { heading: headingOf(id) })}
            </Anchor>
          ))}
          <Text size="xs" c="dimmed">
            {rule.citation[language]}
          </Text>
          {rule.warnings.length > 0 && (
            <List size="xs" spacing={2} className="wb-pol-warnings" icon={<IconAlertTriangle size={12} className="wb-pol-warn" aria-hidden="true" />}>
              {rule.warnings.map((warning, index) => (
                <List.Item key={`${warning.code}-${index}`}>
                  {warning.sectionId && headingOf(warning.sectionId) !== '' ? (
                    <Anchor component="button" type="button" size="xs" ta="left" onClick={() => onJump(warning.sectionId!)}>
                      {warning.message[language]}
                    </Anchor>
                  ) : (
                    warning.message[language]
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Group>
    </li>
  );
}
