import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  /** A small line above the title, e.g. 「事業者の編集」 above the company's name. */
  eyebrow?: string | undefined;
  lead?: string | undefined;
  /** Buttons on the right, e.g. 「事業者を追加」. */
  actions?: ReactNode;
}

/** The top of every screen: one h1, an optional one-line explanation, the screen's main actions. */
export function PageHeader({ title, eyebrow, lead, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end" wrap="nowrap" mb="lg" gap="lg">
      <Stack gap={4} miw={0}>
        {eyebrow && (
          <Text size="xs" c="dimmed" fw={700}>
            {eyebrow}
          </Text>
        )}
        <Title order={1} className="wb-page-title">
          {title}
        </Title>
        {lead && (
          <Text size="sm" c="dimmed">
            {lead}
          </Text>
        )}
      </Stack>
      {actions && (
        <Group gap="sm" wrap="nowrap" className="wb-no-shrink">
          {actions}
        </Group>
      )}
    </Group>
  );
}
