import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { eventKindLabels, type TimelineEvent } from '../../../shared/domain/incident-timeline';
import { EmptyCell } from '../../components/EmptyCell';
import { capitalize } from '../../lib/fieldLabel';
import { formatJapanDateTime } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import { contentWidth } from '../../lib/textWidth';

interface Props {
  events: TimelineEvent[];
  onCorrect: (event: TimelineEvent) => void;
}

const rowId = (id: number) => `timeline-event-${id}`;

/** Routes live in the hash, so a link to another row moves focus itself instead of changing the hash. */
function goTo(id: number) {
  const row = document.getElementById(rowId(id));
  row?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  row?.focus();
}

/**
 * The events in time order. A corrected event stays readable, struck through, with a link to its
 * correction; a correction links back to what it corrects.
 */
export function TimelineTable({ events, onCorrect }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  // 対応者 as wide as the longest name (and its heading), 内容 takes the rest: neither is cut (issue 13 item 7).
  const byWidth = contentWidth([t('timeline.columns.by'), ...events.map((event) => event.by)], { min: 96, max: 240 });
  const sorted = [...events].sort((a, b) => (a.at === b.at ? a.id - b.id : a.at < b.at ? -1 : 1));

  return (
    <Table className="wb-table" withTableBorder layout="fixed" verticalSpacing={8} horizontalSpacing="sm">
      <colgroup>
        <col className="wb-col-datetime" />
        <col className="wb-col-kind" />
        <col />
        <col style={{ width: byWidth }} />
        <col className="wb-col-action-narrow" />
      </colgroup>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('timeline.columns.at')}</Table.Th>
          <Table.Th>{t('timeline.columns.kind')}</Table.Th>
          <Table.Th>{t('timeline.columns.text')}</Table.Th>
          <Table.Th>{t('timeline.columns.by')}</Table.Th>
          <Table.Th aria-label={t('timeline.correct')} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((event) => {
          const superseded = event.supersededBy !== null;
          return (
            <Table.Tr key={event.id} id={rowId(event.id)} tabIndex={-1} data-superseded={superseded || undefined} className="wb-timeline-row">
              <Table.Td className="wb-num">{formatJapanDateTime(event.at, language)}</Table.Td>
              <Table.Td>
                <Badge size="sm" radius="sm" tt="none" fw={400} variant="light" color="gray">
                  {capitalize(eventKindLabels[event.eventKind][language])}
                </Badge>
              </Table.Td>
              <Table.Td>
                {event.correctsEventId !== null && (
                  <Badge size="xs" radius="sm" tt="none" variant="outline" color="brand" mr={6}>
                    {t('timeline.correctionBadge')}
                  </Badge>
                )}
                <Text span size="sm" className={superseded ? 'wb-superseded' : 'wb-multiline'}>
                  {event.text}
                </Text>
                {superseded && (
                  <Text size="xs" mt={2}>
                    <Text span size="xs" fw={700} c="gray.7" mr={6}>
                      {t('timeline.superseded')}
                    </Text>
                    <Anchor component="button" type="button" size="xs" onClick={() => goTo(event.supersededBy!)}>
                      {t('timeline.seeCorrection')}
                    </Anchor>
                  </Text>
                )}
                {event.correctsEventId !== null && (
                  <Text size="xs" mt={2}>
                    <Anchor component="button" type="button" size="xs" onClick={() => goTo(event.correctsEventId!)}>
                      {t('timeline.correctionOf')}
                    </Anchor>
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="wb-wrap">
                {event.by || <EmptyCell />}
              </Table.Td>
              <Table.Td>
                {/* The latest version is the one to correct; a superseded event already has its correction. */}
                {!superseded && (
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onCorrect(event)}
                    aria-label={t('timeline.correctNamed', { time: formatJapanDateTime(event.at, language) })}
                  >
                    {t('timeline.correct')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
