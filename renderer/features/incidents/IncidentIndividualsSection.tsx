import { Group, NumberInput, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { individualsKinds, type IndividualsKind } from '../../../shared/domain/incident';
import { FormSection } from '../../components/form/FormSection';
import { useFieldProps } from '../../components/form/useFieldProps';
import type { RecordForm } from '../../lib/useRecordForm';
import type { IncidentFormValues } from './incidentFormValues';

/** A number input's value as the form holds it: '' is "not entered" (null). */
function toCount(value: number | string): number | null {
  if (value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isNaN(number) ? null : number;
}

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
    <FormSection title={t('incidents.sections.individuals')} description={t('incidents.individualsHelp')}>
      <Stack gap="md">
        <Radio.Group
          label={kindProps.label}
          error={kindProps.error}
          value={form.values.individualsKind}
          onChange={(value) => {
            const kind = value as IndividualsKind;
            form.setField('individualsKind', kind);
            // "Unknown" carries no number (the schema refuses one): clear it rather than show an error.
            if (kind === 'unknown') form.setField('individuals', null);
          }}
        >
          <Group gap="lg" mt={6}>
            {individualsKinds.map((kind) => (
              <Radio key={kind} value={kind} label={t(`incidents.individualsKinds.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
          <NumberInput
            {...fieldProps('individuals', { requirement: unknown ? undefined : 'required' })}
            className="wb-field-count"
            disabled={unknown}
            value={form.values.individuals ?? ''}
            onChange={(value) => form.setField('individuals', toCount(value))}
            onBlur={() => form.touch('individuals')}
            thousandSeparator=","
            hideControls
            rightSection={<span className="wb-unit">{t('incidents.peopleUnit')}</span>}
          />
          <NumberInput
            {...fieldProps('individualsUpperBound', { requirement: 'optional' })}
            className="wb-field-count"
            value={form.values.individualsUpperBound ?? ''}
            onChange={(value) => form.setField('individualsUpperBound', toCount(value))}
            onBlur={() => form.touch('individualsUpperBound')}
            thousandSeparator=","
            hideControls
            rightSection={<span className="wb-unit">{t('incidents.peopleUnit')}</span>}
          />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
