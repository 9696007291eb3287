import { Button, Group, NumberInput, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/domain/company';
import { MAX_RESPONSE_DAYS } from '../../../shared/domain/data-request';
import { isAppError } from '../../../shared/errors';
import { useRead, useWrite } from '../../api/hooks';
import { notifyDone } from '../../lib/dialogs';
import { useLanguage } from '../../lib/useLanguage';

/** The company's internal response target: days from receipt, for requests received from now on. */
export function RequestTargetSettings({ company }: { company: Company }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const settings = useRead('requests.getSettings', { companyId: company.id });
  const save = useWrite('requests.updateSettings');
  const [draft, setDraft] = useState<number | string | null>(null);
  const current = settings.data?.responseDays;
  const value = draft ?? current ?? '';
  const error = save.error && isAppError(save.error) ? save.error.text[language] : undefined;

  const submit = () => {
    if (typeof value !== 'number') return;
    save.mutate(
      { companyId: company.id, responseDays: value },
      {
        onSuccess: (answer) => {
          setDraft(null);
          notifyDone(t('requests.settings.saved', { n: answer.responseDays }));
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" mb="md" className="wb-register-settings" component="section" aria-labelledby="request-target-title">
      <Text id="request-target-title" fw={700} size="sm">
        {t('requests.settings.title')}
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        {t('requests.settings.lead', { company: language === 'en' && company.legalNameEn ? company.legalNameEn : company.legalNameJa })}
      </Text>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('requests.settings.days')}
          value={value}
          onChange={setDraft}
          min={1}
          max={MAX_RESPONSE_DAYS}
          allowDecimal={false}
          allowNegative={false}
          w={120}
          error={error}
          onKeyDown={(event) => {
            if (event.key === 'Enter') submit();
          }}
        />
        <Button variant="default" onClick={submit} loading={save.isPending} disabled={typeof value !== 'number' || value === current}>
          {t('requests.settings.save')}
        </Button>
      </Group>
    </Paper>
  );
}
