import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { articleHeading } from '../../../shared/policy/article-heading';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { QueryState } from '../../components/QueryState';
import { useLanguage } from '../../lib/useLanguage';

/** Full-text matches in any version: the article, its policy and version, and a snippet with the words marked. */
export function PolicySearchResults({ query, companyId }: { query: string; companyId: number | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const search = useRead('policies.search', { query, companyId, limit: 50 }, { keepPrevious: true });
  if (!search.data) return <QueryState isPending={search.isPending} error={search.error} onRetry={() => void search.refetch()} />;
  if (search.data.items.length === 0) return <EmptyNotice>{t('policies.search.none', { query })}</EmptyNotice>;

  return (
    <Stack gap="xs" aria-live="polite">
      <Text size="sm" c="dimmed">
        {t('policies.search.results', { n: search.data.total })}
      </Text>
      {search.data.items.map((hit) => {
        const title = language === 'en' && hit.policyTitleEn ? hit.policyTitleEn : hit.policyTitleJa;
        const heading = articleHeading(hit.position, { kind: hit.sectionKind, headingJa: hit.headingJa, headingEn: hit.headingEn }, language);
        return (
          <Paper key={`${hit.versionId}-${hit.sectionId}`} withBorder p={0}>
            <UnstyledButton
              className="wb-pol-hit"
              onClick={() => navigate(`/policies/${hit.policyId}/v${hit.versionId}/${encodeURIComponent(hit.sectionId)}`)}
            >
              <Group gap="xs" mb={4} wrap="nowrap">
                <Text span size="sm" fw={700}>
                  {heading}
                </Text>
                <Badge size="sm" variant="light" color={hit.versionStatus === 'draft' ? 'gray' : 'teal'} radius="sm" tt="none">
                  {hit.versionStatus === 'draft' ? t('policies.search.draft') : t('policies.search.version', { n: hit.versionNumber })}
                </Badge>
                <Text span size="xs" c="dimmed" className="wb-truncate">
                  {title}・{hit.companyName}
                </Text>
              </Group>
              <Text size="sm" className="wb-pol-snippet">
                {hit.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
              </Text>
            </UnstyledButton>
          </Paper>
        );
      })}
    </Stack>
  );
}
