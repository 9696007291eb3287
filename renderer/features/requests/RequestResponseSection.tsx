import { Alert, Autocomplete, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, isIsoDate } from '../../../shared/appi/civil-date';
import { declinedOutcomes, requestOutcomes, responseMethods } from '../../../shared/domain/data-request';
import { refusalGrounds } from '../../../shared/domain/request-refusal-grounds';
import { CountField } from '../../components/form/CountField';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { useFieldProps } from '../../components/form/useFieldProps';
import { formatCivilDate } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import { ChoiceField } from './ChoiceField';
import { CivilDateField } from './CivilDateField';
import { RequestDueChip } from './RequestDueChip';
import type { RequestFormValues } from './requestFormValues';

interface Props {
  form: RecordForm<RequestFormValues>;
  /** The target that applies when the field is empty: the request's own, or the company's for a new one. */
  defaultDays: number;
}

/** The internal target and its chip, the outcome and the answer; a refusal asks for its reason and provision. */
export function RequestResponseSection({ form, defaultDays }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const values = form.values;
  const days = values.responseDays ?? defaultDays;
  const dueOn = values.receivedOn && isIsoDate(values.receivedOn) ? addDays(values.receivedOn, days) : null;
  const declined = declinedOutcomes.includes(values.outcome);
  const [suggesting, setSuggesting] = useState(false);
  const suggestions = refusalGrounds[values.requestKind].map((ground) => ground[language]);
  return (
    <FormSection title={t('requests.sections.response')} description={t('requests.targetHint')}>
      <Stack gap="md">
        <Group align="flex-end" gap="lg">
          <CountField form={form} name="responseDays" unit={language === 'ja' ? '日' : 'days'} className="wb-field-narrow" />
          {dueOn && (
            <Stack gap={4} pb={4}>
              <Text size="sm">{t('requests.dueLine', { date: formatCivilDate(dueOn, language) })}</Text>
              <RequestDueChip request={{ dueOn, closedOn: values.closedOn, outcome: values.outcome }} />
            </Stack>
          )}
        </Group>
        {values.responseDays === null && (
          <Text size="sm" c="dimmed" mt={-8}>
            {t('requests.targetDefault', { n: defaultDays })}
          </Text>
        )}
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <ChoiceField form={form} name="outcome" requirement="required" options={requestOutcomes.map((value) => ({ value, label: t(`requests.outcomes.${value}`) }))} />
          <CivilDateField form={form} fieldKey="closedOn" value={values.closedOn} onChange={(v) => form.setField('closedOn', v)} requirement={values.outcome === 'pending' ? undefined : 'required'} />
          <ChoiceField form={form} name="responseMethod" options={responseMethods.map((value) => ({ value, label: t(`requests.responseMethods.${value}`) }))} />
        </SimpleGrid>
        <TextField form={form} name="answer" multiline />
        {(declined || values.refusalReason !== '' || values.refusalCitation !== '') && (
          <>
            <Alert color="gray" variant="light">
              {t('requests.refusalHint')}
            </Alert>
            <TextField form={form} name="refusalReason" multiline requirement={declined ? 'required' : undefined} />
            <Autocomplete
              {...fieldProps('refusalCitation', { requirement: declined ? 'required' : undefined })}
              description={suggestions.length > 0 ? t('requests.citationSuggestions') : undefined}
              value={values.refusalCitation}
              onChange={(value) => form.setField('refusalCitation', value)}
              onBlur={() => form.touch('refusalCitation')}
              data={suggestions}
              onDropdownOpen={() => setSuggesting(true)}
              onDropdownClose={() => setSuggesting(false)}
              // Escape with the suggestions open closes only them, not the form (useFormShortcuts skips a prevented key).
              onKeyDown={(event) => {
                if (event.key === 'Escape' && suggesting) event.preventDefault();
              }}
              className="wb-field-wide"
            />
          </>
        )}
      </Stack>
    </FormSection>
  );
}
