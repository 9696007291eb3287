import { Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { progressChoices, reportItemFields, secondaryDamageChoices } from '../../../shared/domain/incident';
import { FormSection } from '../../components/form/FormSection';
import { useFieldProps } from '../../components/form/useFieldProps';
import { fieldLabel } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import type { IncidentFormValues } from './incidentFormValues';
import { ReportChoiceField } from './ReportChoiceField';

/** Items 5–7 start with the PPC form's fixed choice, then the free text (appi.md §3). */
const choiceOf = {
  reportSecondaryDamage: { name: 'secondaryDamage', values: secondaryDamageChoices, words: 'secondaryDamage' },
  reportResponse: { name: 'individualsResponse', values: progressChoices, words: 'progress' },
  reportPublication: { name: 'publication', values: progressChoices, words: 'progress' },
} as const;

const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];

/**
 * The nine items of Rule Art. 8(1), numbered and cited as in the article, filled in as facts become known;
 * the line above counts them and each empty one is tagged 「未記入」 — what the report still lacks.
 */
export function IncidentReportSection({ form }: { form: RecordForm<IncidentFormValues> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const choiceWord = (words: 'secondaryDamage' | 'progress', value: string) => t(`reportFields.${words}.${value}` as never);
  const missing = reportItemFields.filter((name) => form.values[name].trim() === '');

  return (
    <FormSection id="incident-report" title={t('incidents.sections.report')} description={t('incidents.reportHelp')}>
      <Text size="sm" fw={700} c={missing.length > 0 ? 'var(--wb-orange-text)' : 'green.9'} aria-live="polite">
        {missing.length > 0
          ? t('incidents.reportProgress', { filled: reportItemFields.length - missing.length, total: reportItemFields.length })
          : t('incidents.reportComplete')}
      </Text>
      <Stack gap="md">
        {reportItemFields.map((name, index) => {
          const label = { ja: '', en: '' };
          for (const lang of ['ja', 'en'] as const) {
            label[lang] = t('incidents.reportItemLabel', { lng: lang, n: index + 1, label: fieldLabel(name, lang) });
          }
          const props = fieldProps(name, { label, withHelp: false });
          const empty = missing.includes(name);
          const choice = name in choiceOf ? choiceOf[name as keyof typeof choiceOf] : null;
          const textarea = (
            <Textarea
              key={name}
              {...props}
              label={
                <>
                  {label[language]}
                  {empty && <span className="wb-tag wb-tag-empty">{t('incidents.notFilled')}</span>}
                </>
              }
              description={t('incidents.reportItemCitation', { n: index + 1, roman: roman[index] })}
              value={form.values[name]}
              onChange={(event) => form.setField(name, event.currentTarget.value)}
              onBlur={() => form.touch(name)}
              autosize
              minRows={2}
              maxRows={10}
            />
          );
          if (!choice) return textarea;
          return (
            <Stack key={name} gap={6}>
              <ReportChoiceField
                form={form}
                name={choice.name}
                label={t(`reportFields.choiceFor.${name as keyof typeof choiceOf}`)}
                options={choice.values.map((value) => ({ value, label: choiceWord(choice.words, value) }))}
              />
              {textarea}
            </Stack>
          );
        })}
      </Stack>
    </FormSection>
  );
}
