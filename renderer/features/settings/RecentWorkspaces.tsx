import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/hooks';
import { FormSection } from '../../components/form/FormSection';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/useLanguage';

interface Props {
  currentPath: string | undefined;
  onOpen: (path: string) => void;
  busy: boolean;
}

/** Files opened before, newest first; a file that has since gone stays listed but cannot be opened. */
export function RecentWorkspaces({ currentPath, onOpen, busy }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const recent = useRead('workspace.recent', {});

  return (
    <FormSection title={t('settings.recentTitle')}>
      {!recent.data ? (
        <QueryState isPending={recent.isPending} error={recent.error} onRetry={() => void recent.refetch()} />
      ) : recent.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('settings.recentEmpty')}
        </Text>
      ) : (
        <Table className="wb-table" layout="fixed" verticalSpacing={6} horizontalSpacing="sm" withTableBorder>
          <colgroup>
            <col className="wb-col-person" />
            <col />
            <col className="wb-col-datetime" />
            <col className="wb-col-action" />
          </colgroup>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.recentName')}</Table.Th>
              <Table.Th>{t('settings.path')}</Table.Th>
              <Table.Th>{t('settings.recentOpenedAt')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('settings.recentOpen')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recent.data.items.map((item, index) => {
              const current = item.path === currentPath;
              return (
                <Table.Tr key={item.path}>
                  <Table.Td className="wb-truncate" title={[item.clientLabel, item.displayName || item.name].filter(Boolean).join(' — ')}>
                    <Text size="sm" fw={item.displayName ? 700 : 400} truncate="end" span display="block">
                      {item.displayName || item.name}
                    </Text>
                    {item.clientLabel && (
                      <Text size="xs" c="dimmed" truncate="end" span display="block" data-section="recent-client">
                        {item.clientLabel}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className="wb-truncate wb-path" title={item.path}>
                    {item.path}
                  </Table.Td>
                  <Table.Td className="wb-num">{formatDateTime(item.openedAt, language)}</Table.Td>
                  <Table.Td>
                    {current ? (
                      <Badge variant="light" color="teal" radius="sm" tt="none" fw={400}>
                        {t('settings.recentCurrent')}
                      </Badge>
                    ) : (
                      <Group gap="sm" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('settings.recentOpenNamed', { name: item.displayName || item.name })}
                          aria-describedby={item.exists ? undefined : `missing-${index}`}
                          onClick={() => onOpen(item.path)}
                          disabled={busy || !item.exists}
                        >
                          {t('settings.recentOpen')}
                        </Button>
                        {!item.exists && (
                          <Text size="xs" c="dimmed" id={`missing-${index}`}>
                            {t('settings.recentMissing')}
                          </Text>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </FormSection>
  );
}
