import { Alert, Button, Group, MultiSelect, NativeSelect, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconLink } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dataItemCatalog, dataItemCodes } from '../../../shared/domain/incident-items';
import { proposeFromEntries } from '../../../shared/domain/inventory-links';
import { AppError } from '../../../shared/errors';
import { useRead, useWrite } from '../../api/hooks';
import { FormSection } from '../../components/form/FormSection';
import { notifyDone, notifyFailure } from '../../lib/dialogs';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';
import type { IncidentFormValues } from '../incidents/incidentFormValues';

/**
 * 台帳から (issue 14 item 5): the inventory entries an incident touches. Their items and the sum of their counts are
 * proposed for the incident's items and upper bound of people — applied only when the user asks, and still editable
 * after. The entrustee where it happened is picked from the company's register. A stored incident keeps its links.
 */
export function IncidentInventorySection({ form, incidentId }: { form: RecordForm<IncidentFormValues>; incidentId: number | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const companyId = form.values.companyId;
  const entries = useRead('inventory.list', { companyId: companyId ?? 0, limit: 500 }, { enabled: companyId !== null });
  const entrustees = useRead('entrustees.list', { companyId: companyId ?? 0, limit: 500 }, { enabled: companyId !== null });
  const links = useRead('inventory.incidentLinks', { incidentId: incidentId ?? 0 }, { enabled: incidentId !== null });
  const save = useWrite('inventory.linkIncident');
  const [picked, setPicked] = useState<string[] | null>(null);
  const chosen = picked ?? (links.data?.entries ?? []).map((entry) => String(entry.id));
  const summaries = useMemo(() => (entries.data?.items ?? []).filter((entry) => chosen.includes(String(entry.id))), [entries.data, chosen]);
  const proposal = proposeFromEntries(summaries);
  if (companyId === null) return null;

  const apply = () => {
    const items = new Set([...form.values.dataItems, ...proposal.dataItems]);
    form.setField('dataItems', dataItemCodes.filter((code) => items.has(code)));
    form.setField('otherDataItems', [...new Set([...form.values.otherDataItems, ...proposal.otherDataItems])].slice(0, 30));
    if (proposal.sensitive) form.setField('sensitive', true);
    if (proposal.individualsUpperBound !== null) form.setField('individualsUpperBound', proposal.individualsUpperBound);
  };
  const saveLinks = () =>
    void save
      .mutateAsync({ incidentId: incidentId!, entryIds: chosen.map(Number) })
      .then(() => {
        setPicked(null);
        notifyDone(t('incidentInventory.saved'));
      })
      .catch((error: unknown) => notifyFailure(t('errors.saveFailed'), error instanceof AppError ? error.text[language] : String(error)));
  const itemWords = [...proposal.dataItems.map((code) => dataItemCatalog[code].label[language]), ...proposal.otherDataItems].join(language === 'ja' ? '、' : ', ');

  return (
    <FormSection id="incident-inventory" title={t('incidentInventory.title')} description={t('incidentInventory.lead')}>
      <Stack gap="md">
        <MultiSelect
          label={t('incidentInventory.entries')}
          className="wb-field-wide"
          data={(entries.data?.items ?? []).map((entry) => ({ value: String(entry.id), label: entry.entryName }))}
          value={chosen}
          onChange={setPicked}
          searchable
          clearable
          nothingFoundMessage={t('incidentInventory.none')}
          comboboxProps={{ withinPortal: true }}
        />
        {summaries.length > 0 && (
          <Alert variant="light" color="blue" title={t('incidentInventory.proposalTitle')}>
            <Stack gap={4}>
              <Text size="sm">{t('incidentInventory.proposalItems', { items: itemWords || '—' })}</Text>
              {proposal.individualsUpperBound !== null && (
                <Text size="sm">{t('incidentInventory.proposalBound', { n: formatNumber(proposal.individualsUpperBound, language) })}</Text>
              )}
              {proposal.uncountedEntries.length > 0 && (
                <Text size="sm" c="dimmed">
                  {t('incidentInventory.uncounted', { names: proposal.uncountedEntries.join(language === 'ja' ? '、' : ', ') })}
                </Text>
              )}
            </Stack>
          </Alert>
        )}
        <Group gap="sm">
          <Button variant="default" size="xs" leftSection={<IconArrowDown size={14} />} disabled={summaries.length === 0} onClick={apply}>
            {t('incidentInventory.apply')}
          </Button>
          {incidentId !== null ? (
            <Button variant="default" size="xs" leftSection={<IconLink size={14} />} loading={save.isPending} disabled={picked === null} onClick={saveLinks}>
              {t('incidentInventory.saveLinks')}
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              {t('incidentInventory.saveFirst')}
            </Text>
          )}
        </Group>
        <NativeSelect
          label={t('incidentInventory.entrustee')}
          className="wb-field-medium"
          value=""
          onChange={(event) => {
            const name = event.currentTarget.value;
            if (name === '') return;
            form.setField('weHaveEntrustee', true);
            form.setField('entrusteeName', name);
          }}
          data={[
            { value: '', label: t('incidentInventory.chooseEntrustee') },
            ...(entrustees.data?.items ?? []).map((entrustee) => ({ value: entrustee.entrusteeName, label: entrustee.entrusteeName })),
          ]}
        />
      </Stack>
    </FormSection>
  );
}
