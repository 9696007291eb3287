import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface FormSectionProps {
  title: string;
  description?: string | undefined;
  children: ReactNode;
}

/** One group of a long form (基本情報, 所在地, …) as a fieldset-like panel with an h2. */
export function FormSection({ title, description, children }: FormSectionProps) {
  return (
    <Paper withBorder p="lg" component="section" className="wb-form-section">
      <Stack gap="md">
        <div>
          <Title order={2}>{title}</Title>
          {description && (
            <Text size="sm" c="dimmed" mt={4}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
