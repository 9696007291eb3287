import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionDiff } from '../../../shared/domain/policy-diff';
import { sectionKindLabels } from '../../../shared/policy/labels';
import type { Lang } from '../../../shared/policy/vocabulary';
import { useLanguage } from '../../lib/useLanguage';
import { markChange, sectionText } from './diffText';

const colors = { added: 'teal', removed: 'red', changed: 'orange', moved: 'blue', unchanged: 'gray' } as const;

function Marked({ parts, kind }: { parts: [string, string, string]; kind: 'del' | 'ins' }) {
  const Tag = kind;
  return (
    <>
      {parts[0]}
      {parts[1] !== '' && <Tag>{parts[1]}</Tag>}
      {parts[2]}
    </>
  );
}

/**
 * One section of a diff: its status, its article heading(s), and its text (before / after side by side).
 * `sides` names the two columns when they are not versions (a conflict: the other window's text / this one's).
 */
export function SectionDiffCard({ diff, sides }: { diff: SectionDiff; sides?: { before: string; after: string } }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const section = (diff.after ?? diff.before)!;
  const langs: Lang[] = ['ja', 'en'];

  const changedBlock = (lang: Lang) => {
    const before = sectionText(diff.before!, lang);
    const after = sectionText(diff.after!, lang);
    if (before === after) return null;
    const marked = markChange(before, after);
    return (
      <SimpleGrid key={lang} cols={2} spacing="sm" lang={lang}>
        <div className="wb-pol-diff-before">
          <Text size="xs" fw={700} c="red.8" mb={4}>
            {t('policies.editor.inLang', { label: sides?.before ?? t('policies.diff.before'), lang: t(`policies.editor.${lang}`) })}
          </Text>
          <Text size="sm" className="wb-pol-diff-text">
            <Marked parts={marked.before} kind="del" />
          </Text>
        </div>
        <div className="wb-pol-diff-after">
          <Text size="xs" fw={700} c="teal.8" mb={4}>
            {t('policies.editor.inLang', { label: sides?.after ?? t('policies.diff.after'), lang: t(`policies.editor.${lang}`) })}
          </Text>
          <Text size="sm" className="wb-pol-diff-text">
            <Marked parts={marked.after} kind="ins" />
          </Text>
        </div>
      </SimpleGrid>
    );
  };

  return (
    <Paper withBorder p="sm" className={`wb-pol-diff-card wb-pol-diff-${diff.status}`} data-status={diff.status}>
      <Stack gap="xs">
        <Group gap="sm">
          <Badge color={colors[diff.status]} variant="light" radius="sm" tt="none">
            {t(`policies.diff.${diff.status}`)}
          </Badge>
          {diff.moved && diff.status === 'changed' && (
            <Badge color="blue" variant="outline" radius="sm" tt="none">
              {t('policies.diff.moved')}
            </Badge>
          )}
          <Text size="sm" fw={700}>
            {diff.heading[language] || sectionKindLabels[section.kind][language]}
          </Text>
        </Group>
        {diff.status === 'changed' && langs.map(changedBlock)}
        {(diff.status === 'added' || diff.status === 'removed') && (
          <SimpleGrid cols={2} spacing="sm">
            {langs.map((lang) => (
              <Text key={lang} lang={lang} size="sm" className={`wb-pol-diff-text wb-pol-diff-${diff.status === 'added' ? 'after' : 'before'}`}>
                {sectionText(section, lang)}
              </Text>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
