import { Badge, Text } from '@mantine/core';
import type { Conclusion } from '../../../shared/appi/reportability';
import { useLanguage } from '../../lib/useLanguage';
import { Citations } from './Citations';

/** Holding triggers stand out; a ruled-out one is quiet; an open one asks to be found out. */
const tones: Record<string, string> = {
  holds: 'wb-finding-holds',
  applies: 'wb-finding-holds',
  relieved: 'wb-finding-holds',
  unknown: 'wb-finding-unknown',
  notRelieved: 'wb-finding-unknown',
};

/** One conclusion: what it is about, its status in words, the reason and the sources. */
export function AssessmentFindingRow({ name, status, conclusion }: { name: string; status: string; conclusion: Conclusion }) {
  const language = useLanguage();
  const tone = tones[conclusion.status ?? ''] ?? 'wb-finding-quiet';
  return (
    <div className={`wb-finding ${tone}`} data-topic={conclusion.topic} data-status={conclusion.status}>
      <div className="wb-finding-head">
        <Text size="sm" fw={700} className="wb-finding-name">
          {name}
        </Text>
        <Badge size="sm" radius="sm" tt="none" variant="outline" className="wb-finding-status">
          {status}
        </Badge>
      </div>
      <Text size="xs" mt={2}>
        {conclusion.reason[language]}
      </Text>
      <Citations citations={conclusion.citations} />
    </div>
  );
}

