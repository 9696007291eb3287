import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeskKind } from '../../../shared/domain/desk';

const colors: Record<DeskKind, string> = { own: 'brand', authorized_org: 'teal', other: 'gray' };

/** The desk's kind in words (colour only helps scanning; the word is always there). */
export function DeskKindBadge({ kind }: { kind: DeskKind }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[kind]} radius="sm" size="sm" tt="none" fw={400} className="wb-kind-badge">
      {t(`desks.kinds.${kind}`)}
    </Badge>
  );
}
