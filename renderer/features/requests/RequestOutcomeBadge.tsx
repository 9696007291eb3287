import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestOutcome } from '../../../shared/domain/data-request';

const colors: Record<RequestOutcome, string> = {
  pending: 'blue',
  complied: 'green',
  partially_complied: 'grape',
  refused: 'grape',
  withdrawn: 'gray',
};

/** The outcome in words; colour only helps scanning. */
export function RequestOutcomeBadge({ outcome }: { outcome: RequestOutcome }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[outcome]} radius="sm" tt="none">
      {t(`requests.outcomes.${outcome}`)}
    </Badge>
  );
}
