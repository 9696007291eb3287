import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface FormSectionProps {
  title: string;
  description?: string | undefined;
  /** The anchor a form outline jumps to (FormOutline); the heading then takes focus. */
  id?: string | undefined;
  children: ReactNode;
}

/** One group of a long form (基本情報, 所在地, …) as a fieldset-like panel with an h2. */
export function FormSection({ title, description, id, children }: FormSectionProps) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <Paper withBorder p="lg" component="section" className="wb-form-section" id={id} aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Title order={2} id={headingId} tabIndex={id ? -1 : undefined} data-outline-heading={id ? '' : undefined}>
            {title}
          </Title>
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
