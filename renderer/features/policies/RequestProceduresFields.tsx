import { NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatYen } from '../../../shared/policy/clauses';
import type { SectionOf } from '../../../shared/policy/model';
import { useLanguage } from '../../lib/useLanguage';
import { FieldText } from './FieldText';

type RequestSection = SectionOf<'request_procedures'>;

interface RequestProceduresFieldsProps {
  section: RequestSection;
  readOnly: boolean;
  onChange: (patch: Partial<RequestSection>) => void;
}

/** How requests are made (Art. 37) and the fee (Art. 38): a yen amount shown as 「1,000円」, blank for no fee. */
export function RequestProceduresFields({ section, readOnly, onChange }: RequestProceduresFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fee = section.feeYen;
  const text = (field: 'methodJa' | 'methodEn' | 'identityDocumentsJa' | 'identityDocumentsEn', label: string) => (
    <FieldText label={label} lang={field.endsWith('Ja') ? 'ja' : 'en'} value={section[field]} readOnly={readOnly} onChange={(value) => onChange({ [field]: value })} />
  );

  return (
    <Stack gap={8}>
      <NumberInput
        label={t('policies.structured.fee')}
        description={t('policies.structured.feeHelp')}
        value={fee ?? ''}
        readOnly={readOnly}
        min={0}
        max={1_000_000}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=","
        rightSection={<Text size="sm">{t('policies.structured.yen')}</Text>}
        rightSectionWidth={language === 'ja' ? 32 : 40}
        onChange={(value) => onChange({ feeYen: typeof value === 'number' ? value : null })}
        w={240}
        className="wb-pol-fee"
      />
      <Text size="xs" c="dimmed" data-testid="fee-display">
        {t('policies.structured.feeShown', { value: fee === null ? t('policies.structured.noFee') : formatYen(fee)[language] })}
      </Text>
      <SimpleGrid cols={2} spacing="sm">
        {text('methodJa', t('policies.structured.methodJa'))}
        {text('methodEn', t('policies.structured.methodEn'))}
        {text('identityDocumentsJa', t('policies.structured.idDocsJa'))}
        {text('identityDocumentsEn', t('policies.structured.idDocsEn'))}
      </SimpleGrid>
    </Stack>
  );
}
