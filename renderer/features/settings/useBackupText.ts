import { backupText, type BackupText } from '../../i18n/backup-text';
import { useLanguage } from '../../lib/useLanguage';

/** The backup screen's texts in the screen's language. */
export function useBackupText(): BackupText {
  return backupText(useLanguage());
}
