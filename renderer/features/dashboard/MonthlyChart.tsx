import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../lib/japanDates';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/useLanguage';

const WIDTH = 720;
const HEIGHT = 150;
const TOP = 18;
const BOTTOM = 22;
const GAP = 16;

/**
 * Incidents per month of knowing, the last 12 months, as plain SVG bars (no chart library, nothing the CSP
 * would refuse). The numbers are written on the bars and repeated in a table for screen readers.
 */
export function MonthlyChart({ months }: { months: { month: string; count: number }[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const max = Math.max(1, ...months.map((m) => m.count));
  const slot = WIDTH / Math.max(1, months.length);
  const barWidth = slot - GAP;
  const plot = HEIGHT - TOP - BOTTOM;
  const empty = months.every((m) => m.count === 0);

  return (
    <figure className="wb-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="wb-chart-svg" role="img" aria-label={t('dashboard.monthlyTitle')}>
        <line x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="wb-chart-axis" />
        {months.map((m, index) => {
          const height = (m.count / max) * plot;
          const x = index * slot + GAP / 2;
          const y = HEIGHT - BOTTOM - height;
          return (
            <g key={m.month}>
              <title>{t('dashboard.monthlyLabel', { month: formatMonth(m.month, language), n: m.count })}</title>
              {m.count > 0 && <rect x={x} y={y} width={barWidth} height={height} rx={2} className="wb-chart-bar" />}
              {m.count > 0 && (
                <text x={x + barWidth / 2} y={y - 4} textAnchor="middle" className="wb-chart-value">
                  {formatNumber(m.count, language)}
                </text>
              )}
              <text x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle" className="wb-chart-label">
                {/* The year is named where the axis starts and where it turns. */}
                {formatMonth(m.month, language, index > 0 && !m.month.endsWith('-01'))}
              </text>
            </g>
          );
        })}
      </svg>
      {empty && (
        <Text size="sm" c="gray.7" mt="xs">
          {t('dashboard.monthlyEmpty')}
        </Text>
      )}
      <VisuallyHidden>
        <table>
          <caption>{t('dashboard.dataTable')}</caption>
          <thead>
            <tr>
              <th>{t('dashboard.month')}</th>
              <th>{t('dashboard.count')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <td>{formatMonth(m.month, language)}</td>
                <td>{m.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
