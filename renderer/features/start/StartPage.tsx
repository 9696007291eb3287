import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { StartProgressBadge, StartSteps } from './StartSteps';

/** はじめに: the start page, also in the menu; the dashboard shows the same steps until setup is done. */
export function StartPage() {
  const { t } = useTranslation();
  const progress = useRead('workspace.progress', {});
  const data = progress.data;
  return (
    <>
      <PageHeader title={t('start.title')} lead={t('start.lead')} actions={data && <StartProgressBadge progress={data} />} />
      {data ? <StartSteps progress={data} /> : <QueryState isPending={progress.isPending} error={progress.error} onRetry={() => void progress.refetch()} />}
    </>
  );
}
