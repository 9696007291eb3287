import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../components/form/FormSection';
import { useFieldProps } from '../../components/form/useFieldProps';
import type { RecordForm } from '../../lib/useRecordForm';
import { CivilDateField } from './CivilDateField';
import type { RequestFormValues, RequestStepValues } from './requestFormValues';

/** Each step with its date (identity documents received, fee paid, answer sent …); saved in date order. */
export function RequestStepsSection({ form, today }: { form: RecordForm<RequestFormValues>; today: string }) {
  const { t } = useTranslation();
  const fieldProps = useFieldProps(form);
  const steps = form.values.steps;
  const setSteps = (next: RequestStepValues[]) => form.setField('steps', next);
  const change = (index: number, patch: Partial<RequestStepValues>) => setSteps(steps.map((step, i) => (i === index ? { ...step, ...patch } : step)));
  return (
    <FormSection title={t('requests.sections.steps')}>
      <Stack gap="sm">
        {steps.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('requests.noSteps')}
          </Text>
        )}
        {steps.map((step, index) => (
          <Group key={index} align="flex-start" gap="sm" wrap="nowrap">
            <CivilDateField
              form={form}
              fieldKey={`steps.${index}.doneOn`}
              value={step.doneOn}
              onChange={(value) => change(index, { doneOn: value })}
              requirement="required"
              withHelp={false}
            />
            <TextInput
              {...fieldProps(`steps.${index}.stepNote`, { requirement: 'required', withHelp: false })}
              value={step.stepNote}
              onChange={(event) => change(index, { stepNote: event.currentTarget.value })}
              onBlur={() => form.touch(`steps.${index}.stepNote`)}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={28}
              aria-label={t('requests.removeStep', { n: index + 1 })}
              onClick={() => setSteps(steps.filter((_, i) => i !== index))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setSteps([...steps, { doneOn: today, stepNote: '' }])}>
            {t('requests.addStep')}
          </Button>
        </Group>
      </Stack>
    </FormSection>
  );
}
