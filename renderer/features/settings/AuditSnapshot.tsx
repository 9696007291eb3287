import { Badge, Code, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changedFields, fieldLabel } from '../../../shared/audit/changes';
import { capitalize } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';

interface Props {
  before: unknown;
  after: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const isLocalized = (value: unknown): value is { ja: string; en: string } =>
  isRecord(value) && Object.keys(value).length === 2 && typeof value.ja === 'string' && typeof value.en === 'string';

function shown(value: unknown, yesNo: (value: boolean) => string, language: 'ja' | 'en'): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return yesNo(value);
  // A text kept in both languages (a due date's basis): the screen's language; the JSON below keeps both.
  if (isLocalized(value)) return value[language];
  return JSON.stringify(value);
}

/**
 * A before/after pair field by field, with the form's labels: the fields the change touched are highlighted and
 * marked 変更 (not by colour alone). The values are the stored ones; the JSON as recorded follows below.
 */
export function AuditFieldTable({ before, after }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const changed = new Set(changedFields(before, after));
  const keys = [...new Set([...(isRecord(before) ? Object.keys(before) : []), ...(isRecord(after) ? Object.keys(after) : [])])];
  if (keys.length === 0) return null;
  // Changed fields first: they are why someone opens the entry.
  keys.sort((a, b) => Number(changed.has(b)) - Number(changed.has(a)));
  const yesNo = (flag: boolean) => t(flag ? 'settings.auditYes' : 'settings.auditNo');
  const value = (record: unknown, key: string) => (isRecord(record) ? shown(record[key], yesNo, language) : '');

  return (
    <Table className="wb-audit-fields" withTableBorder layout="fixed" verticalSpacing={4} horizontalSpacing="xs" fz="sm">
      <colgroup>
        <col style={{ width: '32%' }} />
        <col />
        <col />
      </colgroup>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('settings.auditField')}</Table.Th>
          <Table.Th>{t('settings.auditBefore')}</Table.Th>
          <Table.Th>{t('settings.auditAfter')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {keys.map((key) => (
          <Table.Tr key={key} className={changed.has(key) ? 'wb-audit-changed' : undefined} data-field={key} data-changed={changed.has(key) || undefined}>
            <Table.Td>
              <Text size="sm" fw={changed.has(key) ? 600 : undefined}>
                {language === 'en' ? capitalize(fieldLabel(key).en) : fieldLabel(key).ja}
              </Text>
              {changed.has(key) && (
                <Badge size="xs" color="orange" variant="light">
                  {t('settings.auditChanged')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td className="wb-audit-value">{value(before, key) || <VisuallyHidden>{t('common.none')}</VisuallyHidden>}</Table.Td>
            <Table.Td className="wb-audit-value">{value(after, key) || <VisuallyHidden>{t('common.none')}</VisuallyHidden>}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A snapshot as indented JSON: the evidence as recorded, not a re-rendering of it. */
export function AuditSnapshot({ title, value, none }: { title: string; value: unknown; none: string }) {
  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {value === null || value === undefined ? (
        <Text size="sm" c="dimmed">
          {none}
        </Text>
      ) : (
        <Code block className="wb-json">
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Stack>
  );
}
