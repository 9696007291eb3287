import { Badge, Text } from '@mantine/core';
import type { Conclusion } from '../../../shared/appi/reportability';
import { useLanguage } from '../../lib/useLanguage';
import { Citations } from './Citations';

/**
 * A holding trigger stands out; good news for the business (an exemption that applies, information outside
 * Art. 26, an entrustee relieved) is green, never the indigo of a trigger that holds; an open question asks to be found out.
 */
const tones: Record<string, string> = {
  holds: 'wb-finding-holds',
  unknown: 'wb-finding-unknown',
  notRelieved: 'wb-finding-unknown',
};
const goodNews = new Set<Conclusion['topic']>(['exemption', 'pseudonymised', 'entrustee']);

function toneOf(conclusion: Conclusion): string {
  const status = conclusion.status ?? '';
  if ((status === 'applies' || status === 'relieved') && goodNews.has(conclusion.topic)) return 'wb-finding-good';
  return tones[status] ?? 'wb-finding-quiet';
}

// An open trigger or exemption says no more than its 未確認 badge: the verdict above names what to find out, once.
const badgeSaysAll = new Set<Conclusion['topic']>(['sensitive', 'financialRisk', 'wrongfulPurpose', 'volume', 'exemption']);

/** One conclusion: what it is about, its status in words, the reason and the sources. */
export function AssessmentFindingRow({ name, status, conclusion }: { name: string; status: string; conclusion: Conclusion }) {
  const language = useLanguage();
  return (
    <div className={`wb-finding ${toneOf(conclusion)}`} data-topic={conclusion.topic} data-status={conclusion.status}>
      <div className="wb-finding-head">
        <Text size="sm" fw={700} className="wb-finding-name">
          {name}
        </Text>
        <Badge size="sm" radius="sm" tt="none" variant="outline" className="wb-finding-status">
          {status}
        </Badge>
      </div>
      {!(conclusion.status === 'unknown' && badgeSaysAll.has(conclusion.topic)) && (
        <Text size="xs" mt={2}>
          {conclusion.reason[language]}
        </Text>
      )}
      <Citations citations={conclusion.citations} />
    </div>
  );
}
