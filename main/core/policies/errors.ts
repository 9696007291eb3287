import { AppError, type FieldPath, type LocalizedText } from '../../../shared/errors';
import { ruleCitations, type RuleResult } from '../../../shared/policy/checker';
import { formatDate } from '../../../shared/policy/clauses/fill';
import { valueLabel } from '../../../shared/policy/clauses/value-labels';
import type { UnsetInArticle } from '../../../shared/policy/unset-values';
import { fieldError } from '../service-errors';

/** The errors the policy services raise, worded once. */
const names = {
  policy: { ja: 'ポリシー', en: 'policy' },
  version: { ja: 'ポリシーの版', en: 'policy version' },
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

/** Architecture rule 6: a published version is evidence; changes go into a new draft. */
export function alreadyPublished(path: FieldPath = ['versionId']): AppError {
  return new AppError(
    'conflict',
    {
      ja: 'この版は公開済みのため変更できません。改定する場合は、新しい下書きを開始してください。',
      en: 'This version is published and cannot be changed. Start a new draft to revise it.',
    },
    path,
  );
}

export function draftExists(): AppError {
  return new AppError(
    'conflict',
    {
      ja: 'このポリシーには編集中の下書きがあります。その下書きを編集するか、破棄してから開始してください。',
      en: 'This policy already has a draft. Edit that draft, or discard it first.',
    },
    ['policyId'],
  );
}

export function nothingPublished(): AppError {
  return new AppError(
    'conflict',
    {
      ja: 'このポリシーにはまだ公開された版がありません。下書きを編集して公開してください。',
      en: 'This policy has no published version yet. Edit its draft and publish it.',
    },
    ['policyId'],
  );
}

export function onlyVersion(): AppError {
  return new AppError(
    'conflict',
    {
      ja: 'この下書きはポリシーの唯一の版のため破棄できません。不要な場合はポリシーを削除してください。',
      en: 'This draft is the policy’s only version and cannot be discarded. Delete the policy instead.',
    },
    ['versionId'],
  );
}

export function hasPublished(count: number): AppError {
  return new AppError(
    'conflict',
    {
      ja: `このポリシーには公開済みの版が${count}件あるため削除できません。公開した版は証跡として残ります。`,
      en: `This policy has ${count === 1 ? 'a published version' : `${count} published versions`} and cannot be deleted: a published version is kept as evidence.`,
    },
    ['id'],
  );
}

export function emptyDraft(): AppError {
  return fieldError(['sections'], {
    ja: '条項がない下書きは公開できません。条項を追加してください。',
    en: 'A draft without sections cannot be published. Add sections first.',
  });
}

/** A template's gap markers left in the draft: a published policy must never print them. */
export function unsetValuesLeft(found: readonly UnsetInArticle[]): AppError {
  const listed = found.slice(0, 5);
  const ja = listed.map((item) => `${item.heading.ja}：${item.names.map((name) => valueLabel(name, 'ja')).join('、')}`).join('／');
  const en = listed.map((item) => `${item.heading.en}: ${item.names.map((name) => valueLabel(name, 'en')).join(', ')}`).join('; ');
  const more = found.length > listed.length ? { ja: `ほか${found.length - listed.length}条`, en: ` and ${found.length - listed.length} more` } : { ja: '', en: '' };
  return fieldError(['sections'], {
    ja: `テンプレートの未設定の値（【未設定：…】）が残っているため公開できません（${ja}${more.ja}）。事業者の登録内容に入力して条文を作り直すか、本文の該当箇所を書き換えてから公開してください。`,
    en: `The draft still contains template values that are not set (【Not set: …】), so it cannot be published (${en}${more.en}). Enter them in the company record and recreate the article, or replace them in the text, then publish.`,
  });
}

/** A revision cannot take effect before the version it replaces. */
export function effectiveBeforePrevious(previous: string): AppError {
  const date = formatDate(previous);
  return fieldError(['effectiveOn'], {
    ja: `施行日は前の版の施行日（${date.ja}）と同じか、それより後の日付にしてください。`,
    en: `Make the effective date no earlier than that of the previous version (${date.en}).`,
  });
}

/**
 * Publishing with required matters missing is allowed only once the user has seen and confirmed the checker's
 * findings (issue 4, "Bad input"); until then the refusal names every missing rule with its source.
 */
export function missingRules(missing: readonly RuleResult[]): AppError {
  const message = {
    ja: `記載が必要な事項が${missing.length}件不足しています。内容を確認のうえ公開する場合は、チェック結果を確認したことを選んでください。`,
    en: `${missing.length === 1 ? 'A required matter is' : `${missing.length} required matters are`} missing. To publish anyway, confirm that you have reviewed the checker's findings.`,
  };
  const path = ['acknowledgeWarnings'];
  const issues = missing.map((rule) => {
    const citation = ruleCitations[rule.id];
    return { path, message: { ja: `${rule.message.ja}（${citation.ja}）`, en: `${rule.message.en} (${citation.en})` } };
  });
  return new AppError('validation', message, path, [{ path, message }, ...issues]);
}
