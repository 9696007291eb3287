import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { PolicySummary } from '../../../shared/domain/policy';
import { policyKindLabels } from '../../../shared/policy/labels';
import { EmptyCell } from '../../components/EmptyCell';
import { rowActivation } from '../../lib/rowActivation';
import { useLanguage } from '../../lib/useLanguage';
import { CheckSummaryCell } from './CheckSummaryCell';
import { formatCivilDate } from '../../lib/japanDates';

/** Dense list of policies: title, company, kind, state (draft / version N published), effective date, checker. */
export function PolicyTable({ policies }: { policies: PolicySummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();

  return (
    <Table className="wb-table" highlightOnHover withTableBorder layout="fixed" verticalSpacing={6} horizontalSpacing="sm">
      <colgroup>
        <col />
        <col className="wb-pol-col-company" />
        <col className="wb-pol-col-status" />
        <col className="wb-pol-col-date" />
        <col className="wb-pol-col-check" />
      </colgroup>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('policies.columns.title')}</Table.Th>
          <Table.Th>{t('policies.columns.company')}</Table.Th>
          <Table.Th>{t('policies.columns.status')}</Table.Th>
          <Table.Th>{t('policies.columns.effectiveOn')}</Table.Th>
          <Table.Th>{t('policies.columns.checker')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {policies.map((policy) => {
          const title = language === 'en' && policy.titleEn ? policy.titleEn : policy.titleJa;
          const published = policy.latestPublished;
          return (
            <Table.Tr key={policy.id} {...rowActivation(() => navigate(`/policies/${policy.id}`))}>
              <Table.Td className="wb-truncate" title={title}>
                <Text size="sm" fw={700} truncate>
                  {title}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {policyKindLabels[policy.kind][language]}
                </Text>
              </Table.Td>
              <Table.Td className="wb-truncate" title={policy.companyName}>
                {policy.companyName}
              </Table.Td>
              <Table.Td>
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
              </Table.Td>
              <Table.Td className="wb-num">{published ? formatCivilDate(published.effectiveOn, language) : <EmptyCell />}</Table.Td>
              <Table.Td>
                <CheckSummaryCell policyId={policy.id} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
