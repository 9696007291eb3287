import { AppError, type FieldPath, type LocalizedText } from '../../../shared/errors';
import { labelOf } from '../../../shared/i18n/field-labels';
import { fillTemplate, validationMessages, type ValidationMessageKey } from '../../../shared/i18n/validation-messages';
import { fieldError } from '../service-errors';

/** The errors the incident services raise, worded once, through the shared message and label tables. */
const names = {
  incident: { ja: 'インシデント', en: 'incident' },
  notification: { ja: '報告・通知', en: 'notification' },
  event: { ja: '経緯の記録', en: 'timeline event' },
} as const satisfies Record<string, LocalizedText>;

export function notFoundOf(entity: keyof typeof names, id: number, path: FieldPath = ['id']): AppError {
  const name = names[entity];
  return new AppError(
    'not_found',
    {
      ja: `${name.ja}（ID: ${id}）が見つかりません。削除された可能性があります。一覧を更新してください。`,
      en: `The ${name.en} with ID ${id} was not found. It may have been deleted. Refresh the list.`,
    },
    path,
  );
}

/** A field error worded by the shared validation messages, naming the field by its shared label. */
export function invalidField(
  path: FieldPath,
  key: ValidationMessageKey,
  values: Record<string, LocalizedText | string | number> = {},
): AppError {
  const field = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  return fieldError(path, fillTemplate(validationMessages[key], { field: labelOf(field), ...values }));
}

export function alreadySent(): AppError {
  return new AppError(
    'conflict',
    {
      ja: 'この報告・通知は送信済みのため変更できません。訂正は、訂正する通知を指定して新しい報告・通知として追加してください。',
      en: 'This notification was sent and cannot be changed. Add the correction as a new notification that names this one.',
    },
    ['id'],
  );
}

export function hasSentNotifications(count: number): AppError {
  return new AppError(
    'conflict',
    {
      ja: `このインシデントには送信済みの報告・通知が${count}件あるため削除できません。送信の記録は証跡として残ります。`,
      en: `This incident has ${count === 1 ? 'a sent notification' : `${count} sent notifications`} and cannot be deleted: a sent notification is kept as evidence.`,
    },
    ['id'],
  );
}
