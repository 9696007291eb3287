import { Group, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { individualsKinds, type IndividualsKind } from '../../../shared/domain/incident';
import { CountField } from '../../components/form/CountField';
import { FormSection } from '../../components/form/FormSection';
import { useFieldProps } from '../../components/form/useFieldProps';
import type { RecordForm } from '../../lib/useRecordForm';
import type { IncidentFormValues } from './incidentFormValues';

/**
 * 本人の数: exact, estimated (reported as such, Rule Art. 8(1)(iii)) or unknown, and an upper bound that
 * can settle the volume trigger (more than 1,000, Rule Art. 7(iv)) while the count is still open.
 */
export function IncidentIndividualsSection({ form }: { form: RecordForm<IncidentFormValues> }) {
  const { t } = useTranslation();
  const fieldProps = useFieldProps(form);
  const kindProps = fieldProps('individualsKind', { requirement: 'required' });
  const unknown = form.values.individualsKind === 'unknown';

  return (
    <FormSection id="incident-individuals" title={t('incidents.sections.individuals')} description={t('incidents.individualsHelp')}>
      <Stack gap="md">
        <Radio.Group
          label={kindProps.label}
          error={kindProps.error}
          value={form.values.individualsKind}
          onChange={(value) => {
            const kind = value as IndividualsKind;
            form.setField('individualsKind', kind);
            // "Unknown" carries no number (the schema refuses one): clear it, and what was typed, rather than show an error.
            if (kind === 'unknown') {
              form.setField('individuals', null);
              form.setDraftIssue('individuals', null);
            }
          }}
        >
          <Group gap="lg" mt={6}>
            {individualsKinds.map((kind) => (
              <Radio key={kind} value={kind} label={t(`incidents.individualsKinds.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          {/* Remounted when the count turns unknown, so text that was no count goes with the number. */}
          <CountField
            key={unknown ? 'unknown' : 'counted'}
            form={form}
            name="individuals"
            requirement={unknown ? undefined : 'required'}
            className="wb-field-count"
            disabled={unknown}
            unit={<span className="wb-unit">{t('incidents.peopleUnit')}</span>}
          />
          <CountField
            form={form}
            name="individualsUpperBound"
            requirement="optional"
            className="wb-field-count"
            unit={<span className="wb-unit">{t('incidents.peopleUnit')}</span>}
          />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
