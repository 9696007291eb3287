import { ActionIcon, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { checkKinds, checkMethods, checkResults } from '../../../shared/domain/entrustee';
import { checkKindLabels, checkMethodLabels, checkResultLabels } from '../../../shared/domain/register-labels';
import { FormSection } from '../../components/form/FormSection';
import { useFieldProps } from '../../components/form/useFieldProps';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import { DueTargetChip } from '../inventory/DueTargetChip';
import { CivilDateField } from '../requests/CivilDateField';
import { newCheck, type CheckValues, type EntrusteeFormValues } from './entrusteeFormValues';
import { NativeSelect } from '@mantine/core';

/**
 * The selection check and the periodic supervision checks (Art. 25), each with its date, method, result and
 * findings; the next one is due after the interval, or on the date a check set (sooner after "needs improvement").
 */
export function EntrusteeChecksSection({ form, today, nextCheckOn }: { form: RecordForm<EntrusteeFormValues>; today: string; nextCheckOn: string | null | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const checks = form.values.checks;
  const setChecks = (next: CheckValues[]) => form.setField('checks', next);
  const change = (index: number, patch: Partial<CheckValues>) => setChecks(checks.map((check, i) => (i === index ? { ...check, ...patch } : check)));
  const select = <K extends 'checkKind' | 'checkMethod' | 'checkResult'>(index: number, key: K, values: readonly CheckValues[K][], labels: Record<CheckValues[K], { ja: string; en: string }>) => (
    <NativeSelect
      {...fieldProps(`checks.${index}.${key}`, { requirement: 'required', withHelp: false })}
      value={checks[index]![key]}
      onChange={(event) => change(index, { [key]: event.currentTarget.value } as Partial<CheckValues>)}
      data={values.map((value) => ({ value, label: labels[value][language] }))}
    />
  );
  return (
    <FormSection id="entrustee-checks" title={t('entrustees.sections.checks')}>
      <Stack gap="md">
        <Group align="flex-end" gap="lg">
          <NumberInput
            {...fieldProps('checkMonths', { requirement: 'required' })}
            className="wb-field-short"
            min={1}
            max={60}
            allowDecimal={false}
            value={form.values.checkMonths}
            onChange={(value) => form.setField('checkMonths', typeof value === 'number' ? value : Number(value))}
            onBlur={() => form.touch('checkMonths')}
          />
          <CivilDateField form={form} fieldKey="endedOn" value={form.values.endedOn} onChange={(value) => form.setField('endedOn', value)} />
          {nextCheckOn !== undefined && form.values.endedOn === null && (
            <Group gap="xs" mb={8}>
              <Text size="sm">{fieldProps('nextDueOn')['aria-label']}</Text>
              <DueTargetChip due={nextCheckOn} neverLabel={t('entrustees.neverChecked')} />
            </Group>
          )}
        </Group>
        {checks.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('entrustees.noChecks')}
          </Text>
        )}
        {checks.map((check, index) => (
          <Paper key={index} withBorder p="sm" radius="sm">
            <Stack gap="sm">
              <Group justify="space-between">
                <Text size="sm" fw={700}>
                  {t('entrustees.checkTitle', { n: index + 1 })}
                </Text>
                <ActionIcon variant="subtle" color="gray" aria-label={t('entrustees.removeCheck', { n: index + 1 })} onClick={() => setChecks(checks.filter((_, i) => i !== index))}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              <SimpleGrid cols={4} spacing="md" verticalSpacing="sm">
                <CivilDateField form={form} fieldKey={`checks.${index}.checkedOn`} value={check.checkedOn} onChange={(value) => change(index, { checkedOn: value })} requirement="required" withHelp={false} />
                {select(index, 'checkKind', checkKinds, checkKindLabels)}
                {select(index, 'checkMethod', checkMethods, checkMethodLabels)}
                {select(index, 'checkResult', checkResults, checkResultLabels)}
              </SimpleGrid>
              <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
                <TextInput
                  {...fieldProps(`checks.${index}.checkedBy`, { withHelp: false })}
                  value={check.checkedBy}
                  onChange={(event) => change(index, { checkedBy: event.currentTarget.value })}
                />
                <CivilDateField form={form} fieldKey={`checks.${index}.nextDueOn`} value={check.nextDueOn} onChange={(value) => change(index, { nextDueOn: value })} withHelp={false} />
              </SimpleGrid>
              <TextInput
                {...fieldProps(`checks.${index}.checkNote`, { withHelp: false })}
                value={check.checkNote}
                onChange={(event) => change(index, { checkNote: event.currentTarget.value })}
              />
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setChecks([...checks, newCheck(today, checks.length === 0)])}>
            {t('entrustees.addCheck')}
          </Button>
        </Group>
      </Stack>
    </FormSection>
  );
}
