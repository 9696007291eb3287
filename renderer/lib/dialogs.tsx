import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

/**
 * Confirmations and notices shared by every form. They run from event handlers, so they read the
 * current language from i18next directly.
 */
export function confirmDelete(options: { title: string; name: string; body?: string; onConfirm: () => void }) {
  modals.openConfirmModal({
    title: options.title,
    children: <Text size="sm">{options.body ?? i18next.t('common.deleteBody', { name: options.name })}</Text>,
    labels: { confirm: i18next.t('common.delete'), cancel: i18next.t('common.cancel') },
    confirmProps: { color: 'red' },
    closeButtonProps: { 'aria-label': i18next.t('common.close') },
    onConfirm: options.onConfirm,
  });
}

export function confirmDiscard(onConfirm: () => void) {
  modals.openConfirmModal({
    title: i18next.t('common.discardTitle'),
    children: <Text size="sm">{i18next.t('common.discardBody')}</Text>,
    labels: { confirm: i18next.t('common.discard'), cancel: i18next.t('common.keepEditing') },
    confirmProps: { color: 'red' },
    closeButtonProps: { 'aria-label': i18next.t('common.close') },
    onConfirm,
  });
}

export function notifyDone(message: string) {
  notifications.show({
    message,
    color: 'teal',
    withBorder: true,
    closeButtonProps: { 'aria-label': i18next.t('common.close') },
  });
}

/** A failure that has no form to show it in (e.g. saving the language choice). */
export function notifyFailure(title: string, message: string) {
  notifications.show({
    title,
    message,
    color: 'red',
    withBorder: true,
    autoClose: false,
    closeButtonProps: { 'aria-label': i18next.t('common.close') },
  });
}
