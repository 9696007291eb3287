import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { headingTitle } from '../../../shared/policy/article-heading';
import { sectionKindLabels } from '../../../shared/policy/labels';
import type { PolicySection } from '../../../shared/policy/model';
import { useLanguage } from '../../lib/useLanguage';
import { BilingualSectionText } from './BilingualSectionText';
import type { DeskOption } from './DeskLinksField';
import { SectionStructuredFields } from './SectionStructuredFields';

interface SectionCardProps {
  section: PolicySection;
  /** Its heading as every view prints it (shared/policy/numbering.ts); strings, so the memo holds while typing elsewhere. */
  headingJa: string;
  headingEn: string;
  index: number;
  count: number;
  desks: DeskOption[];
  readOnly: boolean;
  highlighted: boolean;
  onChange: (index: number, section: PolicySection) => void;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (sectionId: string, name: string) => void;
}

/**
 * One article: its live heading in both languages (第1条（利用目的）/ Article 1 (Purposes of Use)), its text side by
 * side, its structured part, and move up / down (also Alt+↑ / Alt+↓ from anywhere inside it) and remove.
 */
export const SectionCard = memo(function SectionCard(props: SectionCardProps) {
  const { section, headingJa, headingEn, index, count, desks, readOnly, highlighted, onChange, onMove, onRemove } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = { ja: headingJa || sectionKindLabels[section.kind].ja, en: headingEn || sectionKindLabels[section.kind].en };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (readOnly || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(index, event.key === 'ArrowUp' ? -1 : 1);
    // The card keeps its DOM node (keyed by section id); keep the caret where it was and the card in view.
    const target = event.currentTarget;
    requestAnimationFrame(() => target.scrollIntoView({ block: 'nearest' }));
  };

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      id={`section-${section.id}`}
      aria-label={heading[language]}
      className={highlighted ? 'wb-pol-section wb-pol-section-highlight' : 'wb-pol-section'}
      onKeyDown={onKeyDown}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          {/* The outline's jump puts focus here (components/form/FormOutline.tsx). */}
          <Stack gap={0} miw={0} tabIndex={-1} data-outline-heading="" className="wb-pol-heading">
            <Text fw={700} size="md" lang="ja" className="wb-pol-article">
              {heading.ja}
            </Text>
            <Text size="sm" c="dimmed" lang="en" className="wb-pol-article">
              {heading.en}
            </Text>
          </Stack>
          <Group gap={4} wrap="nowrap" className="wb-no-shrink">
            {headingTitle(section.headingJa) !== sectionKindLabels[section.kind].ja && (
              // The kind says what the checker reads the article as, when its own title says something else.
              <Badge variant="light" color="gray" radius="sm" tt="none">
                {sectionKindLabels[section.kind][language]}
              </Badge>
            )}
            {!readOnly && (
              <>
                <Tooltip label={`${t('policies.editor.moveUp')} (Alt+↑)`} withArrow>
                  <ActionIcon variant="subtle" color="gray" disabled={index === 0} aria-label={t('policies.editor.moveUp')} onClick={() => onMove(index, -1)}>
                    <IconArrowUp size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={`${t('policies.editor.moveDown')} (Alt+↓)`} withArrow>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    disabled={index === count - 1}
                    aria-label={t('policies.editor.moveDown')}
                    onClick={() => onMove(index, 1)}
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('policies.editor.remove')} withArrow>
                  <ActionIcon variant="subtle" color="red" aria-label={t('policies.editor.remove')} onClick={() => onRemove(section.id, heading[language])}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </>
            )}
          </Group>
        </Group>
        <BilingualSectionText section={section} readOnly={readOnly} onChange={(patch) => onChange(index, { ...section, ...patch } as PolicySection)} />
        <SectionStructuredFields section={section} desks={desks} readOnly={readOnly} onChange={(next) => onChange(index, next)} />
      </Stack>
    </Paper>
  );
});
