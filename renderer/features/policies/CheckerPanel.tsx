import { Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PolicyCheckResult } from '../../../shared/domain/policy-check';
import { CheckerRuleItem } from './CheckerRuleItem';
import { revealQuote } from './revealQuote';

interface CheckerPanelProps {
  result: PolicyCheckResult | undefined;
  checking: boolean;
  headingOf: (sectionId: string) => string;
  onJump: (sectionId: string) => void;
}

const order = { missing: 0, met: 1, na: 2 } as const;
const levelOrder = { required: 0, recommended: 1 } as const;

/**
 * The completeness checker beside the editor (sticky): missing required matters first, then missing
 * recommended ones, then met, then not applicable. A quote jumps to its section and selects the sentence.
 */
export function CheckerPanel({ result, checking, headingOf, onJump }: CheckerPanelProps) {
  const { t } = useTranslation();
  const applicable = result ? result.summary.total - result.summary.na : 0;
  const rules = result ? [...result.rules].sort((a, b) => order[a.status] - order[b.status] || levelOrder[a.level] - levelOrder[b.level]) : [];
  const quote = (sectionId: string, text: string) => {
    onJump(sectionId);
    // After the smooth scroll has started and the section is in the DOM: select the sentence in its field.
    window.setTimeout(() => revealQuote(sectionId, text), 350);
  };

  return (
    <Paper withBorder p="md" className="wb-pol-checker" component="aside" aria-labelledby="wb-pol-checker-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id="wb-pol-checker-title">
            {t('policies.checker.title')}
          </Title>
          {checking && <Loader size={14} aria-label={t('policies.checker.checking')} />}
        </Group>
        {result && (
          <>
            <Text size="sm" className="wb-num" data-testid="checker-summary">
              {t('policies.checker.summary', { met: result.summary.met, applicable })}
            </Text>
            <Progress value={applicable === 0 ? 0 : (result.summary.met / applicable) * 100} color="teal" size="sm" aria-hidden="true" />
            <ul className="wb-pol-rules">
              {rules.map((rule) => (
                <CheckerRuleItem key={rule.id} rule={rule} headingOf={headingOf} onJump={onJump} onQuote={quote} />
              ))}
            </ul>
          </>
        )}
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconInfoCircle size={16} aria-hidden="true" className="wb-pol-muted-icon" />
          <Text size="xs" c="gray.7">
            {t('policies.checker.disclaimer')}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
