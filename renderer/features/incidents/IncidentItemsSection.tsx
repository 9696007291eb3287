import { Checkbox, SimpleGrid, Stack, TagsInput, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { incidentMedia } from '../../../shared/domain/incident';
import { dataItemCatalog, dataItemCodes, anyFinancial, anySensitive, type DataItemCode } from '../../../shared/domain/incident-items';
import { FormSection } from '../../components/form/FormSection';
import { TriStateField } from '../../components/form/TriStateField';
import { useFieldProps } from '../../components/form/useFieldProps';
import { capitalize } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import type { IncidentFormValues } from './incidentFormValues';
import { ReportChoiceField } from './ReportChoiceField';

type Group = 'general' | 'financial' | 'sensitive';

function groupOf(code: DataItemCode): Group {
  const item = dataItemCatalog[code];
  return item.sensitive ? 'sensitive' : item.financial ? 'financial' : 'general';
}

const groups: Group[] = ['general', 'financial', 'sensitive'];
/** The financial items have long names: one to a line reads better than wrapped pairs. */
const columns: Record<Group, number> = { general: 3, financial: 1, sensitive: 2 };

/**
 * 個人データの項目 (Rule Art. 8(1)(ii)): the catalogue as a checkbox grid in three groups, each sensitive
 * or financial item tagged in words as well as colour, then free items and the two flags for them.
 */
export function IncidentItemsSection({ form }: { form: RecordForm<IncidentFormValues> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const chosen = form.values.dataItems;
  const otherProps = fieldProps('otherDataItems', { requirement: 'optional' });
  const itemsError = form.errorAt('dataItems');

  const toggle = (code: DataItemCode, on: boolean) =>
    form.setField('dataItems', dataItemCodes.filter((c) => (c === code ? on : chosen.includes(c))));

  return (
    <FormSection id="incident-items" title={t('incidents.sections.items')} description={t('incidents.itemsHelp')}>
      <Stack gap="md">
        {groups.map((group) => (
          <fieldset key={group} className="wb-fieldset">
            <legend className="wb-legend">{t(`incidents.itemGroups.${group}`)}</legend>
            <SimpleGrid cols={columns[group]} spacing="sm" verticalSpacing={8} mt={4}>
              {dataItemCodes
                .filter((code) => groupOf(code) === group)
                .map((code) => (
                  <Checkbox
                    key={code}
                    size="sm"
                    checked={chosen.includes(code)}
                    onChange={(event) => toggle(code, event.currentTarget.checked)}
                    label={
                      <>
                        {capitalize(dataItemCatalog[code].label[language])}
                        {group !== 'general' && (
                          <span className={`wb-mark wb-mark-${group}`}>
                            {t(group === 'sensitive' ? 'incidents.markSensitive' : 'incidents.markFinancial')}
                          </span>
                        )}
                      </>
                    }
                  />
                ))}
            </SimpleGrid>
          </fieldset>
        ))}
        {itemsError && (
          <Text size="xs" c="red.8" role="alert">
            {itemsError[language]}
          </Text>
        )}
        <TagsInput
          {...otherProps}
          description={t('incidents.otherItemsHelp')}
          value={form.values.otherDataItems}
          onChange={(value) => form.setField('otherDataItems', value)}
          onBlur={() => form.touch('otherDataItems')}
          clearable
        />
        <ReportChoiceField
          form={form}
          name="medium"
          options={incidentMedia.map((medium) => ({ value: medium, label: t(`reportFields.media.${medium}`) }))}
        />
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <TriStateField
            form={form}
            name="sensitive"
            label={t('incidents.sensitiveOther')}
            help={t('incidents.flagHelp')}
            settled={anySensitive(chosen)}
            note={t('incidents.flagSettledByItem')}
          />
          <TriStateField
            form={form}
            name="financialRisk"
            label={t('incidents.financialOther')}
            help={t('incidents.flagHelp')}
            settled={anyFinancial(chosen)}
            note={t('incidents.flagSettledByItem')}
          />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
