import { Code, DataList, Drawer, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contract/audit';
import { formatDateTime } from '../../lib/format';
import { useLanguage, useLocalize } from '../../lib/useLanguage';
import { AuditSnapshot } from './AuditSnapshot';
import { entityLabel } from './entityLabel';

/** One audit entry in full: who, when, what, and the record before and after, exactly as stored. */
export function AuditEntryDrawer({ entry, onClose }: { entry: AuditEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localize = useLocalize();

  return (
    <Drawer
      opened={entry !== null}
      onClose={onClose}
      position="right"
      size={560}
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
              <DataList.ItemLabel>{t('settings.auditColumns.entity')}</DataList.ItemLabel>
              <DataList.ItemValue>
                {entityLabel(entry.entity, t)}
                {entry.entityId !== null && t('settings.auditEntityId', { id: entry.entityId })}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('settings.auditOperation')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <Code>{entry.operation}</Code>
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
          <AuditSnapshot title={t('settings.auditBefore')} value={entry.before} none={t('common.none')} />
          <AuditSnapshot title={t('settings.auditAfter')} value={entry.after} none={t('common.none')} />
        </Stack>
      )}
    </Drawer>
  );
}
