import type { VerifyProblem, VerifyProblemKind } from '../../../shared/contract/audit';
import { fieldLabel } from '../../../shared/audit/changes';
import type { LocalizedText } from '../../../shared/errors';

/** The record kinds as a reader names them (the CLI prints these; the UI has the same labels in its i18n). */
export const entityNames: Record<string, LocalizedText> = {
  company: { ja: '事業者', en: 'company' },
  desk: { ja: '窓口', en: 'desk' },
  incident: { ja: 'インシデント', en: 'incident' },
  incident_notification: { ja: '報告・通知', en: 'notification' },
  incident_event: { ja: '経緯', en: 'timeline event' },
  policy: { ja: 'ポリシー', en: 'policy' },
  policy_version: { ja: 'ポリシーの版', en: 'policy version' },
  inventory_entry: { ja: '個人情報管理台帳の項目', en: 'inventory entry' },
  entrustee: { ja: '委託先', en: 'entrustee' },
  incident_inventory: { ja: 'インシデントに関係する台帳の項目', en: 'inventory entries of an incident' },
  request: { ja: '開示等請求・苦情', en: 'request or complaint' },
  request_settings: { ja: '回答の目標日数', en: 'response target' },
  provision: { ja: '第三者提供記録', en: 'provision record' },
  workspace: { ja: 'ワークスペース', en: 'workspace' },
  workspace_rules: { ja: '判定規則', en: 'rules' },
  settings: { ja: '設定', en: 'settings' },
};

interface Facts {
  auditId?: number | null;
  entity?: string | null;
  entityId?: number | null;
  name?: LocalizedText;
  detail?: string;
  /** For missing rows: the last id present before the gap. */
  from?: number;
  to?: number;
  table?: string;
  version?: number;
  latest?: number;
}

/** 'sentAt, sections[purposes]' as the forms name them: 送信日時、本文. */
function fields(detail: string | undefined, lang: 'ja' | 'en'): string {
  const keys = (detail ?? '').split(', ').filter((key) => key !== '').map((key) => key.replace(/\[.*\]$/, ''));
  return [...new Set(keys.map((key) => (key === 'sections' ? { ja: '条項の内容', en: 'section text' } : fieldLabel(key))[lang]))].join(lang === 'ja' ? '、' : ', ');
}

function record(facts: Facts): LocalizedText {
  const name = facts.name ?? { ja: facts.entity ?? '', en: facts.entity ?? '' };
  return { ja: `${name.ja} #${String(facts.entityId)}`, en: `${name.en} #${String(facts.entityId)}` };
}

const messages: Record<VerifyProblemKind, (facts: Facts) => LocalizedText> = {
  edited_row: (f) => ({
    ja: `操作履歴 #${String(f.auditId)} の内容が記録後に書き換えられています（ハッシュが一致しません）。`,
    en: `Audit row #${String(f.auditId)} was changed after it was written (its hash does not match).`,
  }),
  missing_rows: (f) => {
    const range = f.from === f.to ? `#${String(f.from)}` : `#${String(f.from)}–#${String(f.to)}`;
    return {
      ja: `操作履歴 ${range} が削除されています（#${String(f.auditId)} の前の行が見つかりません）。`,
      en: `Audit rows ${range} were deleted (the row before #${String(f.auditId)} is missing).`,
    };
  },
  broken_link: (f) => ({
    ja: `操作履歴 #${String(f.auditId)} が直前の行とつながっていません（前の行の書き換えか、行の差し込み）。`,
    en: `Audit row #${String(f.auditId)} does not link to the row before it (that row was rewritten, or this one inserted).`,
  }),
  unchained_row: (f) => ({
    ja: `操作履歴 #${String(f.auditId)} にハッシュがありません（正規の書き込みではない行です）。`,
    en: `Audit row #${String(f.auditId)} has no hash (it was not written by the app).`,
  }),
  record_changed: (f) => ({
    ja: `${record(f).ja} が最後の操作履歴 #${String(f.auditId)} の記録と異なります（${fields(f.detail, 'ja')}）。履歴に残らない変更です。`,
    en: `${record(f).en} differs from its last audit row #${String(f.auditId)} (${fields(f.detail, 'en')}): a change the trail does not hold.`,
  }),
  record_unaudited: (f) =>
    f.auditId
      ? {
          ja: `${record(f).ja} は操作履歴 #${f.auditId} で削除されたはずですが、存在します。`,
          en: `${record(f).en} exists although audit row #${f.auditId} deleted it.`,
        }
      : {
          ja: `${record(f).ja} に操作履歴がありません（履歴を通さずに追加された記録です）。`,
          en: `${record(f).en} has no audit row (it was added outside the app).`,
        },
  record_deleted: (f) => ({
    ja: `${record(f).ja} が存在しません。削除の操作履歴がありません（最後の履歴 #${String(f.auditId)}）。`,
    en: `${record(f).en} is gone, with no audit row deleting it (last row #${String(f.auditId)}).`,
  }),
  trigger_missing: (f) => ({
    ja: `保護トリガー ${f.detail ?? ''}（${f.table ?? ''}）がありません。記録を守る仕組みが外されています。`,
    en: `The protective trigger ${f.detail ?? ''} (on ${f.table ?? ''}) is missing: the records' protection was removed.`,
  }),
  trigger_altered: (f) => ({
    ja: `保護トリガー ${f.detail ?? ''}（${f.table ?? ''}）の定義が書き換えられています。`,
    en: `The protective trigger ${f.detail ?? ''} (on ${f.table ?? ''}) was redefined.`,
  }),
  trigger_unexpected: (f) => ({
    ja: `アプリが作らないトリガー ${f.detail ?? ''}（${f.table ?? ''}）があります。`,
    en: `A trigger the app does not create, ${f.detail ?? ''} (on ${f.table ?? ''}), is present.`,
  }),
  schema_outdated: (f) => ({
    ja: `このワークスペースはスキーマの版 ${String(f.version)} です（現在 ${String(f.latest)}）。この版のアプリで一度開くと操作履歴がハッシュでつながり、検査できるようになります。`,
    en: `This workspace is at schema version ${String(f.version)} (current: ${String(f.latest)}). Open it once with this version of the app to chain its audit trail; then it can be verified.`,
  }),
};

/** English messages may open with a record's name ('desk #1 …'): a sentence starts with a capital. */
function sentence(text: LocalizedText): LocalizedText {
  return { ja: text.ja, en: text.en.charAt(0).toUpperCase() + text.en.slice(1) };
}

export function problem(kind: VerifyProblemKind, facts: Facts): VerifyProblem {
  return {
    kind,
    auditId: facts.auditId ?? null,
    entity: facts.entity ?? null,
    entityId: facts.entityId ?? null,
    detail: facts.detail ?? '',
    message: sentence(messages[kind](facts)),
  };
}
