import { Table, Text } from '@mantine/core';
import { memo } from 'react';
import type { Language } from '../../../shared/contract/settings';
import type { IncidentSummary } from '../../../shared/domain/incident-views';
import { formatJapanDateTime } from '../../lib/japanDates';
import { rowActivation } from '../../lib/rowActivation';
import { IncidentStatusBadge } from './IncidentStatusBadge';
import { NextDeadline } from './NextDeadline';
import { TriggerBadges } from './TriggerBadges';

interface Props {
  incident: IncidentSummary;
  /** The company's name in the screen's language (useCompanyName). */
  companyName: string;
  /** 1-based position among all rows (header = 1), for assistive technology in a virtualized table. */
  rowIndex: number;
  onOpen: (id: number) => void;
  /** Passed so a language switch re-renders the memoized row. */
  language: Language;
}

/**
 * One line of the incident list. Memoized: while the list scrolls only rows entering the window render,
 * not the thirty already on screen — what keeps scrolling smooth at 100,000 incidents.
 */
export const IncidentRow = memo(function IncidentRow({ incident, companyName, rowIndex, onOpen, language }: Props) {
  return (
    <Table.Tr className="wb-virtual-row" aria-rowindex={rowIndex} {...rowActivation(() => onOpen(incident.id))}>
      <Table.Td title={`${incident.title}\n${companyName}`}>
        <Text size="sm" fw={700} className="wb-truncate">
          {incident.title}
        </Text>
        <Text size="xs" c="gray.7" className="wb-truncate">
          {companyName}
        </Text>
      </Table.Td>
      <Table.Td>
        <IncidentStatusBadge status={incident.status} />
      </Table.Td>
      <Table.Td className="wb-clip">
        <TriggerBadges triggers={incident.triggers} reportable={incident.reportable} />
      </Table.Td>
      <Table.Td className="wb-num wb-truncate">{formatJapanDateTime(incident.knownAt, language)}</Table.Td>
      <Table.Td className="wb-clip">
        <NextDeadline next={incident.nextDeadline} compact />
      </Table.Td>
    </Table.Tr>
  );
});
