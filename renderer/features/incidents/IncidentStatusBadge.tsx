import { Badge } from '@mantine/core';
import { statusLabels, type IncidentStatus } from '../../../shared/domain/incident-status';
import { capitalize } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';

const colors: Record<IncidentStatus, string> = { open: 'red', contained: 'orange', reported: 'brand', closed: 'gray' };

/** Where the incident stands, in words (the colour only helps scanning). */
export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const language = useLanguage();
  return (
    <Badge variant="light" color={colors[status]} radius="sm" size="sm" tt="none" fw={700} className="wb-kind-badge">
      {capitalize(statusLabels[status][language])}
    </Badge>
  );
}
