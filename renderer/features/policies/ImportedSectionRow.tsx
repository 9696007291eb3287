import { Badge, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sectionKindLabels } from '../../../shared/policy/labels';
import type { PolicySection } from '../../../shared/policy/model';
import { sectionKinds, type SectionKind } from '../../../shared/policy/vocabulary';
import { useLanguage } from '../../lib/useLanguage';

interface ImportedSectionRowProps {
  section: PolicySection;
  /** As the editor and the exports will print it (shared/policy/numbering.ts). */
  heading: string;
  confidence: number;
  lines: { from: number; to: number };
  onKind: (kind: SectionKind) => void;
}

const LOW = 0.5;

/** One proposed article: its heading, where it came from, the guessed kind (correctable) and how sure the guess is. */
export function ImportedSectionRow({ section, heading, confidence, lines, onKind }: ImportedSectionRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const body = section.bodyJa !== '' ? section.bodyJa : section.bodyEn;
  const low = confidence < LOW;
  return (
    <Paper withBorder p="sm" className={low ? 'wb-pol-import-section wb-pol-low' : 'wb-pol-import-section'} data-testid="imported-section">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} className="wb-grow">
          <Text size="sm" fw={700}>
            {heading || sectionKindLabels[section.kind][language]}
          </Text>
          <Text size="xs" c="dimmed">
            {t('policies.importPage.lines', { from: lines.from, to: lines.to })}
          </Text>
          <Text size="sm" className="wb-pol-import-text">
            {body}
          </Text>
        </Stack>
        <Stack gap={4} w={240} className="wb-no-shrink">
          <NativeSelect
            label={t('policies.importPage.kind')}
            value={section.kind}
            onChange={(event) => onKind(event.currentTarget.value as SectionKind)}
            data={sectionKinds.map((value) => ({ value, label: sectionKindLabels[value][language] }))}
          />
          <Group gap={6}>
            <Text size="xs" c="dimmed" className="wb-num">
              {t('policies.importPage.confidence', { value: Math.round(confidence * 100) })}
            </Text>
            {low && (
              <Badge size="xs" color="orange" variant="light" radius="sm" tt="none">
                {t('policies.importPage.lowConfidence')}
              </Badge>
            )}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
