import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export type StepState = 'done' | 'next' | 'todo' | 'partial' | 'waiting' | 'guide';

interface Props {
  n: number;
  headingOrder: 2 | 3;
  state: StepState;
  title: string;
  children: ReactNode;
  /** What exists so far (「1件登録済み」), or what must come first. */
  meta?: string | undefined;
  action?: { label: string; href: string } | undefined;
  /** Overrides the badge's word for this step's state (the incident step is "recorded", not "done"). */
  statusLabel?: string | undefined;
}

const badgeColor: Record<StepState, string> = { done: 'teal', next: 'blue', todo: 'gray', partial: 'yellow', waiting: 'gray', guide: 'gray' };

/**
 * One step of the start page: its number (a check once done), what it is for, what exists, and the one button that
 * does it. Only the next step's button is filled, so the eye goes where the work is.
 */
export function StartStep({ n, headingOrder, state, title, children, meta, action, statusLabel }: Props) {
  const { t } = useTranslation();
  const id = `start-step-${n}`;
  const status =
    statusLabel ??
    (state === 'done' ? t('start.done') : state === 'partial' ? t('start.draftOnly') : state === 'waiting' ? t('start.waiting') : state === 'guide' ? t('start.steps.incident.optional') : t('start.todo'));
  return (
    <Paper component="li" withBorder p="md" className="wb-start-step" data-state={state} aria-labelledby={id}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon size={32} radius="xl" variant={state === 'done' ? 'filled' : 'light'} color={state === 'done' ? 'teal' : state === 'next' ? 'blue' : 'gray'} aria-hidden>
          {state === 'done' ? <IconCheck size={18} stroke={2.5} /> : <Text fw={700} size="sm">{n}</Text>}
        </ThemeIcon>
        <Stack gap={6} miw={0} style={{ flex: 1 }}>
          <Group gap="sm" wrap="wrap">
            <Title order={headingOrder} size="h4" id={id}>
              <VisuallyHidden>{t('start.stepLabel', { n })} </VisuallyHidden>
              {title}
            </Title>
            <Badge variant="light" color={badgeColor[state]} radius="sm" tt="none" fw={700}>
              {status}
            </Badge>
          </Group>
          <Text size="sm" component="div">{children}</Text>
          {meta && (
            <Text size="sm" c="dimmed">
              {meta}
            </Text>
          )}
        </Stack>
        {action && (
          <Button component={Link} href={action.href} variant={state === 'next' ? 'filled' : 'default'} className="wb-no-shrink">
            {action.label}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
