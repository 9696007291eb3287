import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { policyKindLabels, sectionKindLabels } from '../../../shared/policy/labels';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { QueryState } from '../../components/QueryState';
import { formatNumber } from '../../lib/format';
import { useCompanyName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';

/** Full-text matches in any version: the article, its policy and version, and a snippet with the words marked. */
export function PolicySearchResults({ query, companyId }: { query: string; companyId: number | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const companyName = useCompanyName();
  const [, navigate] = useLocation();
  const search = useRead('policies.search', { query, companyId, limit: 50 }, { keepPrevious: true });
  if (!search.data) return <QueryState isPending={search.isPending} error={search.error} onRetry={() => void search.refetch()} />;
  if (search.data.items.length === 0) return <EmptyNotice>{t('policies.search.none', { query })}</EmptyNotice>;

  return (
    <Stack gap="xs" aria-live="polite">
      <Text size="sm" c="dimmed">
        {t(search.data.totalCapped ? 'policies.search.resultsCapped' : 'policies.search.results', { n: formatNumber(search.data.total, language) })}
      </Text>
      {search.data.items.map((hit) => {
        const title = language === 'en' && hit.policyTitleEn ? hit.policyTitleEn : hit.policyTitleJa;
        // A hit comes without its neighbours, so no count: the heading as written (with any number it carries).
        const written = (language === 'ja' ? hit.headingJa || hit.headingEn : hit.headingEn || hit.headingJa).trim();
        const heading = written || sectionKindLabels[hit.sectionKind][language];
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
                {/* Title, company and kind, so two policies with the same title are told apart (issue 13 item 8). */}
                <Text span size="xs" c="dimmed" className="wb-truncate" title={[title, companyName(hit.companyId, hit.companyName), policyKindLabels[hit.policyKind][language]].join('\n')}>
                  {[title, companyName(hit.companyId, hit.companyName), policyKindLabels[hit.policyKind][language]].join(language === 'ja' ? '・' : ' · ')}
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
