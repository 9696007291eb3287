import { Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { PolicyDetail } from '../../../shared/domain/policy';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { formatCivilDate } from '../../lib/japanDates';
import { rowActivation } from '../../lib/rowActivation';
import { useLanguage } from '../../lib/useLanguage';
import { DiffView } from './DiffView';

/** 改定履歴 (制定 / 改定 with dates and summaries), every version, and a section-by-section diff of any two. */
export function VersionsTab({ policy }: { policy: PolicyDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const history = useRead('policies.revisionHistory', { policyId: policy.id });
  const versions = [...policy.versions].sort((a, b) => a.number - b.number);
  const [fromId, setFromId] = useState(() => String(versions.at(-2)?.id ?? ''));
  const [toId, setToId] = useState(() => String(versions.at(-1)?.id ?? ''));
  const label = (v: (typeof versions)[number]) =>
    v.status === 'draft' ? t('policies.versions.draftLabel', { n: v.number }) : t('policies.versions.versionLabel', { n: v.number });
  const options = versions.map((v) => ({ value: String(v.id), label: label(v) }));

  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('policies.versions.history')}
        </Title>
        {history.data && history.data.entries.length === 0 && <Text size="sm" c="dimmed">{t('policies.versions.noHistory')}</Text>}
        <Stack gap={4} component="ol" className="wb-pol-history">
          {history.data?.entries.map((entry) => (
            <li key={`${entry.event}-${entry.effectiveOn}-${entry.versionId ?? 'stated'}`}>
              <Text size="sm" span fw={700}>
                {entry.text[language]}
              </Text>
              {(language === 'ja' ? entry.changeSummaryJa : entry.changeSummaryEn) && (
                <Text size="sm" span c="gray.7">
                  {'　'}
                  {language === 'ja' ? entry.changeSummaryJa : entry.changeSummaryEn}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('policies.versions.list')}
        </Title>
        <Table className="wb-table" highlightOnHover layout="fixed" verticalSpacing={6} horizontalSpacing="sm">
          <colgroup>
            <col className="wb-pol-col-version" />
            <col className="wb-pol-col-vdate" />
            <col />
          </colgroup>
          <Table.Tbody>
            {versions.map((v) => (
              <Table.Tr key={v.id} {...rowActivation(() => navigate(v.id === policy.current.id ? `/policies/${policy.id}` : `/policies/${policy.id}/v${v.id}`))}>
                <Table.Td>
                  <Text size="sm" fw={700}>
                    {label(v)}
                  </Text>
                </Table.Td>
                <Table.Td className="wb-num">{v.effectiveOn ? formatCivilDate(v.effectiveOn, language) : ''}</Table.Td>
                <Table.Td>{language === 'ja' ? v.changeSummaryJa : v.changeSummaryEn}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('policies.versions.compare')}
        </Title>
        {versions.length < 2 ? (
          <EmptyNotice>{t('policies.versions.needTwo')}</EmptyNotice>
        ) : (
          <Stack gap="md">
            <Group gap="md" align="flex-end">
              <NativeSelect label={t('policies.versions.from')} value={fromId} onChange={(e) => setFromId(e.currentTarget.value)} data={options} w={200} />
              <NativeSelect label={t('policies.versions.to')} value={toId} onChange={(e) => setToId(e.currentTarget.value)} data={options} w={200} />
            </Group>
            {fromId !== '' && toId !== '' && <DiffView fromVersionId={Number(fromId)} toVersionId={Number(toId)} />}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
