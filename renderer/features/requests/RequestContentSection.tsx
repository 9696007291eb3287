import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { disclosureMethods, identityChecks, requestKinds } from '../../../shared/domain/data-request';
import { CountField } from '../../components/form/CountField';
import { FormSection } from '../../components/form/FormSection';
import { TextField } from '../../components/form/TextField';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import { ChoiceField } from './ChoiceField';
import { CivilDateField } from './CivilDateField';
import type { RequestFormValues } from './requestFormValues';

/** What was asked (the kind names its article), how disclosure is wanted, the identity check and the fee. */
export function RequestContentSection({ form }: { form: RecordForm<RequestFormValues> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kindLabel = (kind: (typeof requestKinds)[number]) => {
    const citation = t(`requests.kindCitations.${kind}`);
    return citation ? `${t(`requests.kinds.${kind}`)}（${citation}）` : t(`requests.kinds.${kind}`);
  };
  const disclosure = form.values.requestKind === 'disclosure' || form.values.requestKind === 'record_disclosure';
  return (
    <>
      <FormSection title={t('requests.sections.request')}>
        <Stack gap="md">
          <ChoiceField
            form={form}
            name="requestKind"
            requirement="required"
            className="wb-field-wide"
            options={requestKinds.map((value) => ({ value, label: kindLabel(value) }))}
          />
          <TextField form={form} name="requestSummary" requirement="required" multiline />
          {(disclosure || form.values.disclosureMethod !== '') && (
            <ChoiceField form={form} name="disclosureMethod" options={disclosureMethods.map((value) => ({ value, label: t(`requests.disclosureMethods.${value}`) }))} />
          )}
        </Stack>
      </FormSection>
      <FormSection title={t('requests.sections.identity')} description={t('requests.feeHint')}>
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <ChoiceField form={form} name="identityCheck" options={identityChecks.map((value) => ({ value, label: t(`requests.identity.${value}`) }))} />
          <TextField form={form} name="identityMethod" />
          <CountField form={form} name="feeYen" unit={language === 'ja' ? '円' : 'yen'} className="wb-field-narrow" />
          <CivilDateField form={form} fieldKey="feeReceivedOn" value={form.values.feeReceivedOn} onChange={(v) => form.setField('feeReceivedOn', v)} />
        </SimpleGrid>
      </FormSection>
    </>
  );
}
