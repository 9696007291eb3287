import i18next from 'i18next';
import type { Language } from '../../../shared/contract/settings';
import { notificationKindLabels, type Notification } from '../../../shared/domain/incident-notification';
import { capitalize } from '../../lib/fieldLabel';

/**
 * A notification's name on screen: 速報 / 確報 / 本人への通知 — or, when notice is difficult, the
 * alternative measure that replaces it (APPI Art. 26(2) proviso) — / 委託元への通知 / その他の連絡.
 */
export function notificationLabel(notification: Pick<Notification, 'notificationKind' | 'alternativeMeasure'>, language: Language): string {
  if (notification.notificationKind === 'individuals_notice' && notification.alternativeMeasure) return i18next.t('notifications.alternative', { lng: language });
  return capitalize(notificationKindLabels[notification.notificationKind][language]);
}
