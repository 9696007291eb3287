import { AppError, type FieldPath, type LocalizedText } from '../../shared/errors';

/** The errors services raise, worded once so every entity says them the same way. */
export const entityNames = {
  company: { ja: '事業者', en: 'company' },
  desk: { ja: '窓口', en: 'desk' },
  inventoryEntry: { ja: '台帳の項目', en: 'inventory entry' },
  entrustee: { ja: '委託先', en: 'entrustee' },
  incident: { ja: 'インシデント', en: 'incident' },
  request: { ja: '請求・苦情', en: 'request' },
  provision: { ja: '第三者提供記録', en: 'provision record' },
} as const satisfies Record<string, LocalizedText>;
export type EntityName = keyof typeof entityNames;

export function notFound(entity: EntityName, id: number, path: FieldPath = ['id']): AppError {
  const name = entityNames[entity];
  return new AppError(
    'not_found',
    {
      ja: `${name.ja}（ID: ${id}）が見つかりません。削除された可能性があります。一覧を更新してください。`,
      en: `The ${name.en} with ID ${id} was not found. It may have been deleted. Refresh the list.`,
    },
    path,
  );
}

export function revisionConflict(): AppError {
  return new AppError(
    'conflict',
    {
      ja: '他の操作で更新されています。最新の内容を読み込んでからやり直してください。',
      en: 'This was changed by another operation. Reload the latest version and try again.',
    },
    ['revision'],
  );
}

/** A validation error on one field, shaped like the ones zod produces so forms mark the field. */
export function fieldError(path: FieldPath, message: LocalizedText): AppError {
  return new AppError('validation', message, path, [{ path, message }]);
}

/** A reference to a record that does not exist (e.g. a desk's company). */
export function missingReference(path: FieldPath, entity: EntityName): AppError {
  const name = entityNames[entity];
  return fieldError(path, {
    ja: `選択された${name.ja}が見つかりません。削除された可能性があります。選び直してください。`,
    en: `The selected ${name.en} no longer exists. It may have been deleted. Choose another.`,
  });
}
