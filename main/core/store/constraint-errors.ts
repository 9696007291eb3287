import { AppError, type FieldPath } from '../../../shared/errors';
import { labelOf } from '../../../shared/i18n/field-labels';
import { isSqliteError } from './connection';

/**
 * A safety net under the services' own checks: an SQLite constraint failure that a user's input can
 * cause becomes an AppError naming the field, never an 'internal' error. A trigger failure (the
 * append-only audit log) is a bug and stays one.
 */
function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Child tables are fields of their parent: desk_phones.number → phones. */
const childTableField: Record<string, string> = { desk_phones: 'phones', desk_languages: 'languages' };

function fieldOf(message: string): FieldPath {
  // "NOT NULL constraint failed: desks.name_ja", "CHECK constraint failed: postal_code = '' OR …"
  const detail = /constraint failed: (.*)$/s.exec(message)?.[1] ?? '';
  const qualified = /^(\w+)\.(\w+)/.exec(detail);
  if (qualified) return [childTableField[qualified[1]!] ?? camel(qualified[2]!)];
  const column = /^(\w+)/.exec(detail)?.[1];
  return column ? [camel(column)] : [];
}

/** ON DELETE RESTRICT fails as a trigger would; other trigger failures (append-only tables) stay bugs. */
const FOREIGN_KEY_RESTRICT = 'FOREIGN_KEY_RESTRICT';

function codeOf(error: Error & { code: string }): string {
  if (error.code === 'SQLITE_CONSTRAINT_TRIGGER' && error.message.startsWith('FOREIGN KEY constraint failed')) return FOREIGN_KEY_RESTRICT;
  return error.code;
}

export function constraintError(error: unknown): AppError | null {
  if (!isSqliteError(error)) return null;
  switch (codeOf(error)) {
    case 'SQLITE_CONSTRAINT_CHECK':
    case 'SQLITE_CONSTRAINT_NOTNULL':
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY': {
      const path = fieldOf(error.message);
      const field = labelOf(path[0]);
      const message = {
        ja: `${field.ja}の値は保存できません。入力内容を確認してください。`,
        en: `The ${field.en} cannot be saved as entered. Check it and try again.`,
      };
      return new AppError('validation', message, path, [{ path, message }]);
    }
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
    case FOREIGN_KEY_RESTRICT:
      return new AppError('conflict', {
        ja: '参照先のデータが見つからないか、まだ使われているため保存できません。一覧を更新してからやり直してください。',
        en: 'This refers to a record that no longer exists, or one that is still in use. Refresh the list and try again.',
      });
    default:
      return null;
  }
}
