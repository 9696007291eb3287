import { Accordion, Code, DataList, Drawer, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contract/audit';
import { formatDateTime } from '../../lib/format';
import { useLanguage, useLocalize } from '../../lib/useLanguage';
import { AuditFieldTable, AuditSnapshot } from './AuditSnapshot';
import { entityLabel } from './entityLabel';

/** One audit entry in full: who, when, what, the fields it changed, and the record before and after as stored. */
export function AuditEntryDrawer({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalize();

  return (
    <Drawer
      opened={entry !== null}
      onClose={onClose}
      position="right"
      size={640}
      title={entry ? localize(entry.summary) : t('settings.auditDetail')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {entry && (
        <Stack gap="lg">
          <DataList orientation="horizontal" labelWidth={120} size="sm" gap="xs">
            <DataList.Item>
              <DataList.ItemLabel>{t('settings.auditColumns.at')}</DataList.ItemLabel>
              <DataList.ItemValue className="wb-num">{formatDateTime(entry.at, language)}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('settings.auditColumns.actor')}</DataList.ItemLabel>
              <DataList.ItemValue>{entry.actor}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('settings.auditColumns.summary')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {localize(entry.summary)}{' '}
                <Text span size="xs" c="dimmed">
                  ({entry.operation})
                </Text>
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('settings.auditColumns.entity')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {entityLabel(entry.entity, t)}
                {entry.entityId !== null && t('settings.auditEntityId', { id: entry.entityId })}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('settings.auditHash')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <Code className="wb-hash">{entry.hash}</Code>
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
          <AuditFieldTable before={entry.before} after={entry.after} />
          <Accordion variant="contained">
            <Accordion.Item value="json">
              <Accordion.Control>{t('settings.auditRecorded')}</Accordion.Control>
              <Accordion.Panel>
                <Stack gap="md">
                  <AuditSnapshot title={t('settings.auditBefore')} value={entry.before} none={t('common.none')} />
                  <AuditSnapshot title={t('settings.auditAfter')} value={entry.after} none={t('common.none')} />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </Stack>
      )}
    </Drawer>
  );
}
