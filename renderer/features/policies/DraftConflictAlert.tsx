import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffSections } from '../../../shared/domain/policy-diff';
import type { PolicySection } from '../../../shared/policy/model';
import { SectionDiffCard } from './SectionDiffCard';
import type { DraftConflict } from './useDraftAutosave';

interface DraftConflictAlertProps {
  /** null: the draft is gone (published or discarded elsewhere); only reloading is left. */
  conflict: DraftConflict | null;
  mine: PolicySection[];
  onKeepMine: () => void;
  onLoadTheirs: () => void;
  onReload: () => void;
}

/**
 * 「別の画面で変更されています」: the draft was changed by another window or process since this editor last saved.
 * Nothing typed here is dropped without asking: keep this text (saved over theirs), load theirs after a
 * confirmation that names the loss, or look at the difference first.
 */
export function DraftConflictAlert({ conflict, mine, onKeepMine, onLoadTheirs, onReload }: DraftConflictAlertProps) {
  const { t } = useTranslation();
  const [showDiff, setShowDiff] = useState(false);
  const diff = useMemo(
    () => (conflict && showDiff ? diffSections(conflict.sections, mine).filter((section) => section.status !== 'unchanged') : []),
    [conflict, mine, showDiff],
  );
  const confirmLoad = () =>
    modals.openConfirmModal({
      title: t('policies.conflict.loadTitle'),
      children: <Text size="sm">{t('policies.conflict.loadBody')}</Text>,
      labels: { confirm: t('policies.conflict.loadConfirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': t('common.close') },
      onConfirm: onLoadTheirs,
    });

  return (
    <Alert color="orange" variant="light" title={t('policies.autosave.conflictTitle')} role="alert">
      <Stack gap="xs" align="stretch">
        <Text size="sm">{conflict ? t('policies.conflict.body') : t('policies.conflict.goneBody')}</Text>
        {conflict ? (
          <Group gap="xs">
            <Button size="xs" onClick={onKeepMine}>
              {t('policies.conflict.keepMine')}
            </Button>
            <Button size="xs" variant="default" onClick={confirmLoad}>
              {t('policies.conflict.loadTheirs')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setShowDiff((shown) => !shown)} aria-expanded={showDiff}>
              {showDiff ? t('policies.conflict.hideDiff') : t('policies.conflict.showDiff')}
            </Button>
          </Group>
        ) : (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={onReload}>
              {t('policies.autosave.reload')}
            </Button>
          </Group>
        )}
        {showDiff && (
          <Stack gap="xs" data-testid="conflict-diff">
            {diff.length === 0 && <Text size="sm">{t('policies.conflict.noDiff')}</Text>}
            {diff.map((section) => (
              <SectionDiffCard key={section.sectionId} diff={section} sides={{ before: t('policies.conflict.theirs'), after: t('policies.conflict.mine') }} />
            ))}
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}
