import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import i18next from 'i18next';

/** 「条の削除」: removing an article (its text goes with it) is confirmed first. */
export function confirmRemoveSection(name: string, onConfirm: () => void) {
  modals.openConfirmModal({
    title: i18next.t('policies.editor.removeTitle'),
    children: <Text size="sm">{i18next.t('policies.editor.removeBody', { name })}</Text>,
    labels: { confirm: i18next.t('policies.editor.remove'), cancel: i18next.t('common.cancel') },
    confirmProps: { color: 'red' },
    closeButtonProps: { 'aria-label': i18next.t('common.close') },
    onConfirm,
  });
}
