import './start.css';
import { Badge, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceProgress } from '../../../shared/contract/workspace';
import { useRead } from '../../api/hooks';
import { StartStep, type StepState } from './StartStep';
import { useSampleSwitch } from './useSampleSwitch';

/** The three setup steps in order; the first not done is "next", the ones after it wait for it. */
export function setupStates(progress: WorkspaceProgress): { company: StepState; desk: StepState; policy: StepState; done: number } {
  const company: StepState = progress.companies > 0 ? 'done' : 'next';
  const desk: StepState = progress.desks > 0 ? 'done' : company === 'done' ? 'next' : 'waiting';
  const policy: StepState =
    progress.publishedPolicies > 0 ? 'done' : company !== 'done' ? 'waiting' : progress.policies > 0 ? 'partial' : desk === 'done' ? 'next' : 'todo';
  const done = [company, desk, policy].filter((state) => state === 'done').length;
  return { company, desk, policy, done };
}

/** How far setup is: 「準備 1 / 3 完了」. */
export function StartProgressBadge({ progress }: { progress: WorkspaceProgress }) {
  const { t } = useTranslation();
  const { done } = setupStates(progress);
  return (
    <Badge size="lg" variant="light" color={done === 3 ? 'teal' : 'blue'} radius="sm" tt="none" className="wb-no-shrink">
      {t('start.progress', { done, total: 3 })}
    </Badge>
  );
}

/**
 * The steps 事業者 → 窓口 → ポリシー, each showing whether it is done and the button that does it, then how an incident
 * is recorded; and the sample workspace to explore first. `headingLevel` 2 on its own page, 3 inside the dashboard.
 */
export function StartSteps({ progress: data, headingOrder = 2 }: { progress: WorkspaceProgress; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation();
  const info = useRead('workspace.info', {});
  const sample = useSampleSwitch();
  const states = setupStates(data);
  const incidentState: StepState = data.incidents > 0 ? 'done' : states.done === 3 ? 'next' : 'guide';

  return (
      <Stack gap="lg" className="wb-start">
        <Stack component="ol" gap="sm" className="wb-start-steps">
          <StartStep
            headingOrder={headingOrder}
            n={1}
            state={states.company}
            title={t('start.steps.company.title')}
            meta={data.companies > 0 ? t('start.steps.company.count', { count: data.companies }) : undefined}
            action={
              states.company === 'done'
                ? { label: t('start.steps.company.doneAction'), href: '/companies' }
                : { label: t('start.steps.company.action'), href: '/companies/new' }
            }
          >
            {t('start.steps.company.body')}
          </StartStep>
          <StartStep
            headingOrder={headingOrder}
            n={2}
            state={states.desk}
            title={t('start.steps.desk.title')}
            meta={
              data.desks > 0
                ? t('start.steps.desk.count', { count: data.desks })
                : states.desk === 'waiting'
                  ? t('start.steps.desk.needsCompany')
                  : undefined
            }
            action={
              states.desk === 'done'
                ? { label: t('start.steps.desk.doneAction'), href: '/desks' }
                : states.desk === 'waiting'
                  ? undefined
                  : { label: t('start.steps.desk.action'), href: '/desks/new' }
            }
          >
            {t('start.steps.desk.body')}
          </StartStep>
          <StartStep
            headingOrder={headingOrder}
            n={3}
            state={states.policy}
            title={t('start.steps.policy.title')}
            meta={
              states.policy === 'waiting'
                ? t('start.steps.policy.needsCompany')
                : [
                    data.publishedPolicies > 0 ? t('start.steps.policy.count', { count: data.publishedPolicies }) : '',
                    data.policies > data.publishedPolicies ? t('start.steps.policy.drafts', { count: data.policies - data.publishedPolicies }) : '',
                  ]
                    .filter(Boolean)
                    .join(t('common.partsSeparator')) || undefined
            }
            action={
              states.policy === 'waiting'
                ? undefined
                : {
                    label: t(
                      states.policy === 'done'
                        ? 'start.steps.policy.doneAction'
                        : states.policy === 'partial'
                          ? 'start.steps.policy.draftAction'
                          : 'start.steps.policy.action',
                    ),
                    href: '/policies',
                  }
            }
          >
            {t('start.steps.policy.body')}
          </StartStep>
          <StartStep
            headingOrder={headingOrder}
            n={4}
            state={incidentState}
            statusLabel={incidentState === 'done' ? t('start.steps.incident.doneBadge') : undefined}
            title={t('start.steps.incident.title')}
            meta={data.incidents > 0 ? t('start.steps.incident.count', { count: data.incidents }) : undefined}
            action={
              data.incidents > 0
                ? { label: t('start.steps.incident.doneAction'), href: '/incidents' }
                : states.company === 'done'
                  ? { label: t('start.steps.incident.action'), href: '/incidents/new' }
                  : undefined
            }
          >
            {t('start.steps.incident.body')}
            <List size="sm" mt={6} spacing={2} className="wb-start-deadlines">
              <List.Item>{t('start.steps.incident.ppc')}</List.Item>
              <List.Item>{t('start.steps.incident.final')}</List.Item>
            </List>
          </StartStep>
        </Stack>
        <Paper withBorder p="md" component="section" aria-labelledby="start-sample" className="wb-start-sample">
          <Stack gap="xs">
            <Title order={headingOrder} size="h4" id="start-sample">
              {t('start.sample.title')}
            </Title>
            {info.data?.sample ? (
              <>
                <Text size="sm">{t('start.sample.inSample')}</Text>
                <div>
                  <Button variant="default" onClick={() => void sample.leave()} loading={sample.busy}>
                    {sample.own ? t('start.banner.backNamed', { name: sample.own.displayName || sample.own.name }) : t('start.banner.noOwn')}
                  </Button>
                </div>
              </>
            ) : (
              <>
                <Text size="sm">{t('start.sample.body')}</Text>
                <div>
                  <Button variant="default" leftSection={<IconFlask size={16} aria-hidden />} onClick={() => void sample.enter()} loading={sample.busy}>
                    {t('start.sample.open')}
                  </Button>
                </div>
              </>
            )}
          </Stack>
        </Paper>
      </Stack>
  );
}
