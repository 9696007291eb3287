import { Anchor, Button, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { FormSection } from '../../components/form/FormSection';
import { RequestTable } from './RequestTable';

const SHOWN = 10;

/** On a desk's page: the latest requests and complaints it received, and a way to log another. */
export function DeskRequestsPanel({ deskId }: { deskId: number }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const list = useRead('requests.list', { deskId, limit: SHOWN });
  const total = list.data?.total ?? 0;
  return (
    <FormSection title={t('requests.deskReceived.title')}>
      {list.data && list.data.items.length > 0 ? <RequestTable requests={list.data.items} showCompany={false} /> : list.data && <EmptyNotice>{t('requests.deskReceived.empty')}</EmptyNotice>}
      <Group justify="space-between">
        <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => navigate(`/requests/new/desk/${deskId}`)}>
          {t('requests.add')}
        </Button>
        {total > 0 && (
          <Anchor component={Link} href={`/requests/desk/${deskId}`} size="sm">
            {t('requests.deskReceived.openAll', { n: total })}
          </Anchor>
        )}
      </Group>
    </FormSection>
  );
}
