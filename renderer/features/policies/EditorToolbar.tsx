import { Alert, Badge, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCopyPlus, IconLock, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { PolicyCheckResult } from '../../../shared/domain/policy-check';
import type { PolicyVersion } from '../../../shared/domain/policy-version';
import { useWrite } from '../../api/hooks';
import { notifyFailure } from '../../lib/dialogs';
import { formatCivilDate } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import { ExportButton } from '../exports';
import { asAppError } from './policyErrors';
import { PublishDialog } from './PublishDialog';
import { SaveStatus } from './SaveStatus';
import type { useDraftAutosave } from './useDraftAutosave';

interface EditorToolbarProps {
  policyId: number;
  version: PolicyVersion;
  draftNumber: number | null;
  autosave: ReturnType<typeof useDraftAutosave>;
  check: PolicyCheckResult | undefined;
  onReload: () => void;
}

/** Which version this is, the autosave's state, and 「公開」 (a draft) or 「新しい版を作成」 (a published version). */
export function EditorToolbar({ policyId, version, draftNumber, autosave, check, onReload }: EditorToolbarProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [publishing, publishDialog] = useDisclosure(false);
  const start = useWrite('policyDrafts.start');
  const isDraft = version.status === 'draft';

  const startDraft = async () => {
    try {
      await start.mutateAsync({ policyId });
      navigate(`/policies/${policyId}`);
      onReload();
    } catch (error) {
      notifyFailure(t('policies.editor.newVersion'), asAppError(error).text[language]);
    }
  };

  return (
    <>
      <Group justify="space-between" wrap="nowrap" className="wb-pol-toolbar">
        <Group gap="sm" wrap="nowrap">
          <Badge size="lg" radius="sm" tt="none" variant="light" color={isDraft ? 'blue' : 'teal'} leftSection={isDraft ? undefined : <IconLock size={12} />}>
            {isDraft
              ? t('policies.editor.draftOf', { n: version.number })
              : t('policies.editor.publishedOf', { n: version.number, date: formatCivilDate(version.effectiveOn, language, { weekday: false }) })}
          </Badge>
          {isDraft && <SaveStatus status={autosave.status} savedAt={autosave.savedAt} error={autosave.error} onRetry={autosave.retry} />}
        </Group>
        <Group gap="sm" wrap="nowrap">
          <ExportButton target={{ kind: 'policy', policyId, versionId: version.id }} variant="default" />
          {isDraft ? (
            <Button leftSection={<IconSend size={16} />} onClick={() => void autosave.flush().then(publishDialog.open)} disabled={autosave.status === 'conflict'}>
              {t('policies.editor.publish')}
            </Button>
          ) : draftNumber === null ? (
            <Button variant="default" leftSection={<IconCopyPlus size={16} />} loading={start.isPending} onClick={() => void startDraft()}>
              {t('policies.editor.newVersion')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {!isDraft && (
        <Alert color="gray" variant="light" icon={<IconLock size={16} />}>
          <Group gap="sm" justify="space-between">
            <Text size="sm">{draftNumber === null ? t('policies.editor.readOnly') : t('policies.editor.draftExists', { n: draftNumber })}</Text>
            {draftNumber !== null && (
              <Button size="xs" variant="default" onClick={() => navigate(`/policies/${policyId}`)}>
                {t('policies.editor.openDraft')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {isDraft && (
        <PublishDialog opened={publishing} onClose={publishDialog.close} version={version} check={check} revision={autosave.revision} />
      )}
    </>
  );
}
