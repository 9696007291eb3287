import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { ruleParameters } from '../../../shared/appi/rule-parameters';
import type { IncidentDashboard } from '../../../shared/domain/incident-views';

type Row = IncidentDashboard['timeToReport'][number];

interface Props {
  rows: Row[];
  report: 'preliminary' | 'final';
}

/**
 * Days from knowing (day 1) to a report, one bar per incident against its limit: day 5 for the 速報 (with
 * the day-3 target marked), day 30 or 60 for the 確報. Green on time, red late — and the words say so too.
 */
export function ReportTimingChart({ rows, report }: Props) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const target = ruleParameters.preliminaryTargetDay.value;
  const limitOf = (row: Row) => (report === 'preliminary' ? row.preliminaryLimitDay : (row.finalDays ?? ruleParameters.finalDays.value));
  const timingOf = (row: Row) => (report === 'preliminary' ? row.preliminary : row.final);
  const scale = Math.max(...rows.map((row) => Math.max(limitOf(row), timingOf(row)?.day ?? 0))) + 1;
  const pct = (day: number) => (Math.min(day, scale) / scale) * 100;
  const title =
    report === 'preliminary'
      ? t('dashboard.preliminaryChart', { target, limit: ruleParameters.preliminaryLimitDay.value })
      : t('dashboard.finalChart');

  return (
    <Stack gap={6} className="wb-timing" miw={260}>
      <Text size="sm" fw={700}>
        {title}
      </Text>
      {rows.map((row) => {
        const timing = timingOf(row);
        const limit = limitOf(row);
        const late = timing !== null && timing.onTime === false;
        const result =
          timing === null
            ? t('dashboard.notSent')
            : timing.combined && report === 'preliminary'
              ? t('dashboard.combined')
              : late
                ? t('dashboard.late')
                : t('dashboard.onTime');
        // ("Not sent" stands alone; the others follow the day: 「2日目・期限内」, "Day 2, on time".)
        const value = timing === null ? result : t('dashboard.dayResult', { day: t('dashboard.dayN', { n: timing.day }), result });
        return (
          <UnstyledButton
            key={row.id}
            className="wb-timing-row"
            onClick={() => navigate(`/incidents/${row.id}/notifications`)}
            aria-label={t('dashboard.chartRow', { title: row.title, day: timing?.day ?? '—', limit, result })}
            data-late={late || undefined}
          >
            <Text size="xs" className="wb-truncate wb-timing-title" title={row.title}>
              {row.title}
            </Text>
            <svg className="wb-timing-track" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true">
              <rect x="0" y="3" width={pct(limit)} height="8" className="wb-timing-allowed" />
              {timing && <rect x="0" y="3" width={pct(timing.day)} height="8" className={late ? 'wb-timing-bar-late' : 'wb-timing-bar'} />}
              {report === 'preliminary' && <line x1={pct(target)} x2={pct(target)} y1="0" y2="14" className="wb-timing-target" />}
              <line x1={pct(limit)} x2={pct(limit)} y1="0" y2="14" className="wb-timing-limit" />
            </svg>
            <Text size="xs" className={`wb-num wb-timing-value${late ? ' wb-timing-value-late' : ''}`}>
              {value}
            </Text>
          </UnstyledButton>
        );
      })}
      <Group gap="md" className="wb-timing-legend" aria-hidden="true">
        <span className="wb-legend-item wb-legend-limit">{t('dashboard.legendLimit')}</span>
        {report === 'preliminary' && <span className="wb-legend-item wb-legend-target">{t('dashboard.legendTarget', { n: target })}</span>}
        <span className="wb-legend-item wb-legend-allowed">{t('dashboard.legendAllowed')}</span>
      </Group>
    </Stack>
  );
}
