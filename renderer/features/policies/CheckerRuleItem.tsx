import { Anchor, Badge, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleMinus, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PolicyCheckResult } from '../../../shared/domain/policy-check';
import { useLanguage } from '../../lib/useLanguage';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/u;

type Rule = PolicyCheckResult['rules'][number];

interface CheckerRuleItemProps {
  rule: Rule;
  /** The live article heading of a section id ('' when the section is gone). */
  headingOf: (sectionId: string) => string;
  onJump: (sectionId: string) => void;
  /** Scrolls to the section and selects the quoted sentence in it. */
  onQuote: (sectionId: string, quote: string) => void;
}

const icons = { met: IconCircleCheck, missing: IconCircleX, na: IconCircleMinus };

/**
 * One rule: met (green check) / missing (red; amber when only recommended) / n/a (grey), its level (必須 / 推奨),
 * the sentences that meet it with their article — each a button that shows the sentence in the editor — or what
 * was looked for, the citation and the warnings.
 */
export function CheckerRuleItem({ rule, headingOf, onJump, onQuote }: CheckerRuleItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const Icon = icons[rule.status];
  const tone = rule.status === 'missing' && rule.level === 'recommended' ? 'advisory' : rule.status;
  const evidence = rule.evidence.filter((entry) => headingOf(entry.sectionId) !== '');

  return (
    <li className={`wb-pol-rule wb-pol-rule-${tone}`} data-rule={rule.id} data-status={rule.status} data-level={rule.level}>
      <Group gap={8} wrap="nowrap" align="flex-start">
        <Icon size={18} className={`wb-pol-icon-${tone}`} aria-hidden="true" />
        <Stack gap={2} miw={0}>
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={700}>
              {t(`policies.checker.rules.${rule.id}`)}
            </Text>
            <Text size="xs" className={`wb-pol-status-${tone}`}>
              {t(`policies.checker.${rule.status}`)}
            </Text>
            <Tooltip label={t(`policies.checker.levelHelp.${rule.level}`)} multiline w={260} withArrow>
              <Badge size="xs" variant={rule.level === 'required' ? 'outline' : 'light'} color={rule.level === 'required' ? 'dark' : 'gray'} radius="sm" data-testid="rule-level">
                {t(`policies.checker.level.${rule.level}`)}
              </Badge>
            </Tooltip>
          </Group>
          {rule.status !== 'met' && (
            <Text size="xs" c="gray.7">
              {rule.message[language]}
            </Text>
          )}
          {evidence.length > 0 && (
            <Stack gap={2} className="wb-pol-evidence" aria-label={t('policies.checker.evidence')}>
              {evidence.map((entry, index) => (
                <Anchor
                  key={`${entry.sectionId}-${index}`}
                  component="button"
                  type="button"
                  size="xs"
                  ta="left"
                  c="dark"
                  className="wb-pol-quote"
                  title={t('policies.checker.evidenceJump', { article: entry.article })}
                  onClick={() => onQuote(entry.sectionId, entry.quote)}
                >
                  {/* The quote and its article as the document has them: marked Japanese for an English screen. */}
                  <span lang={JAPANESE.test(entry.quote + entry.article) ? 'ja' : 'en'}>
                    <Text span size="xs" fw={700} mr={4} className="wb-num">
                      {entry.article}
                    </Text>
                    「{entry.quote}」
                  </span>
                </Anchor>
              ))}
            </Stack>
          )}
          {rule.status !== 'met' && rule.lookedFor && (
            <Text size="xs" c="dimmed" data-testid="looked-for">
              {rule.lookedFor[language]}
            </Text>
          )}
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
