import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '../../../shared/domain/policy-import';
import type { LocalizedText } from '../../../shared/errors';
import { fieldLabels } from '../../../shared/i18n/field-labels';
import { fillTemplate, validationMessages } from '../../../shared/i18n/validation-messages';

/** The server's own words for a file over the limit, so the message is the same wherever it is refused. */
export const tooLargeMessage: LocalizedText = fillTemplate(validationMessages.fileTooLarge, { field: fieldLabels.fileBase64, max: MAX_IMPORT_MB });

/** A chosen file as base64 (the transports carry JSON), read on this computer; a file over 5 MB is refused unread. */
export function readImportFile(file: File): Promise<{ base64: string } | { error: LocalizedText }> {
  if (file.size > MAX_IMPORT_BYTES) return Promise.resolve({ error: tooLargeMessage });
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
