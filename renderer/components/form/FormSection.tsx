import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface FormSectionProps {
  title: string;
  description?: string | undefined;
  /** The anchor a form outline jumps to (FormOutline); the heading then takes focus. */
  id?: string | undefined;
  children: ReactNode;
}

/**
 * One group of a long form (基本情報, 所在地, …) as a fieldset-like panel with an h2. Not a named region: a form of
 * eight would add eight landmarks, and a section named like its own field (本人の数) would share that field's name.
 */
export function FormSection({ title, description, id, children }: FormSectionProps) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <Paper withBorder p="lg" component="section" className="wb-form-section" id={id}>
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
