import { Paper, Text } from '@mantine/core';

/** An empty list says what to do next, in a calm panel where the table would be. */
export function EmptyNotice({ children }: { children: string }) {
  return (
    <Paper withBorder p="xl" className="wb-empty">
      <Text size="sm" ta="center">
        {children}
      </Text>
    </Paper>
  );
}
