import { useRead } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { OperatorForm } from './OperatorForm';

/** The 全般 tab: loads Settings, then the form starts from what is stored. */
export function GeneralSettings() {
  const settings = useRead('settings.get', {});
  if (!settings.data) {
    return <QueryState isPending={settings.isPending} error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  return <OperatorForm key={settings.data.userName} settings={settings.data} />;
}
