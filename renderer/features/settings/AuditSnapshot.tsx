import { Code, Stack, Text, Title } from '@mantine/core';

interface Props {
  title: string;
  /** The record as the core stored it; null when there was none (before a create, after a delete). */
  value: unknown;
  none: string;
}

/** A before/after snapshot as indented JSON: the evidence as recorded, not a re-rendering of it. */
export function AuditSnapshot({ title, value, none }: Props) {
  return (
    <Stack gap={6}>
      <Title order={3}>{title}</Title>
      {value === null || value === undefined ? (
        <Text size="sm" c="dimmed">
          {none}
        </Text>
      ) : (
        <Code block className="wb-json">
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Stack>
  );
}
