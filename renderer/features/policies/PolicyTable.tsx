import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PolicySummary } from '../../../shared/domain/policy';
import { policyKindLabels } from '../../../shared/policy/labels';
import { EmptyCell } from '../../components/EmptyCell';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { formatCivilDate } from '../../lib/japanDates';
import { useCompanyName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { CheckSummaryCell } from './CheckSummaryCell';

/** Dense list of policies: title, company, kind, state (draft / version N published), effective date, checker. */
export function PolicyTable({ policies }: { policies: PolicySummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const companyName = useCompanyName();
  const titleOf = (policy: PolicySummary) => (language === 'en' && policy.titleEn ? policy.titleEn : policy.titleJa);
  const columns: RecordColumn<PolicySummary>[] = [
    {
      header: t('policies.columns.title'),
      className: 'wb-truncate',
      title: titleOf,
      cell: (policy) => (
        <>
          <Text size="sm" fw={700} truncate>
            {titleOf(policy)}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {policyKindLabels[policy.kind][language]}
          </Text>
        </>
      ),
    },
    {
      header: t('policies.columns.company'),
      width: 'wb-pol-col-company',
      className: 'wb-truncate',
      title: (policy) => companyName(policy.companyId, policy.companyName),
      cell: (policy) => companyName(policy.companyId, policy.companyName),
    },
    {
      header: t('policies.columns.status'),
      width: 'wb-pol-col-status',
      cell: (policy) => {
        const published = policy.latestPublished;
        return (
          <Group gap={4} wrap="wrap">
            {published ? (
              <Badge color="teal" variant="light" radius="sm" tt="none">
                {t('policies.status.published', { n: published.number })}
              </Badge>
            ) : (
              <Badge color="gray" variant="light" radius="sm" tt="none">
                {t('policies.status.draftOnly')}
              </Badge>
            )}
            {published && policy.draftVersionId !== null && (
              <Badge color="blue" variant="outline" radius="sm" tt="none">
                {t('policies.status.draftOpen')}
              </Badge>
            )}
          </Group>
        );
      },
    },
    {
      header: t('policies.columns.effectiveOn'),
      width: 'wb-pol-col-date',
      className: 'wb-num',
      cell: (policy) => (policy.latestPublished ? formatCivilDate(policy.latestPublished.effectiveOn, language) : <EmptyCell />),
    },
    { header: t('policies.columns.checker'), width: 'wb-pol-col-check', cell: (policy) => <CheckSummaryCell policy={policy} /> },
  ];
  return <RecordTable rows={policies} columns={columns} href={(policy) => `/policies/${policy.id}`} />;
}
