import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { PageHeader } from '../../components/PageHeader';
import { AuditTrail } from './AuditTrail';
import { GeneralSettings } from './GeneralSettings';
import { WorkspaceSettings } from './WorkspaceSettings';

const tabs = ['general', 'workspace', 'audit'] as const;
type Tab = (typeof tabs)[number];

/** 設定: three tabs, each with its own address (/settings/audit) so a reload stays put. */
export function SettingsPage({ tab }: { tab: string | undefined }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const current: Tab = tabs.find((name) => name === tab) ?? 'general';

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Tabs
        value={current}
        onChange={(value) => navigate(value === 'general' || !value ? '/settings' : `/settings/${value}`)}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`settings.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="general">
          <GeneralSettings />
        </Tabs.Panel>
        <Tabs.Panel value="workspace">
          <WorkspaceSettings />
        </Tabs.Panel>
        <Tabs.Panel value="audit">
          <AuditTrail />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
