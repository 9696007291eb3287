import { Badge } from '@mantine/core';
import { statusLabels, type IncidentStatus } from '../../../shared/domain/incident-status';
import { capitalize } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';

/**
 * Red and orange mean a statutory deadline missed or near, blue a duty's target, green something done: a status
 * takes none of them, so an open incident never looks overdue by its badge alone.
 */
const colors: Record<IncidentStatus, string> = { open: 'dark', contained: 'grape', reported: 'teal', closed: 'gray' };

/** Where the incident stands, in words (the colour only helps scanning). */
export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const language = useLanguage();
  return (
    <Badge variant="light" color={colors[status]} radius="sm" size="sm" tt="none" fw={700} className="wb-kind-badge">
      {capitalize(statusLabels[status][language])}
    </Badge>
  );
}
