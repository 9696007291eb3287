import type { LocalizedText } from '../errors';
import type { CheckKind, CheckMethod, CheckResult, ContractClause, ReEntrustment } from './entrustee';
import type { AcquisitionKind, InventorySubject, StorageMedium } from './inventory';

/** The words of the inventory's and the entrustees' choices, for screens and exported registers alike. */
export const subjectLabels: Record<InventorySubject, LocalizedText> = {
  customers: { ja: '顧客', en: 'customers' },
  prospects: { ja: '見込み客', en: 'prospects' },
  members: { ja: '会員', en: 'members' },
  employees: { ja: '従業者', en: 'employees' },
  former_employees: { ja: '退職者', en: 'former employees' },
  applicants: { ja: '採用応募者', en: 'job applicants' },
  business_contacts: { ja: '取引先の担当者', en: 'business contacts' },
  shareholders: { ja: '株主', en: 'shareholders' },
  family: { ja: '従業者の家族', en: "employees' families" },
  other: { ja: 'その他', en: 'other' },
};

export const acquisitionLabels: Record<AcquisitionKind, LocalizedText> = {
  direct_written: { ja: '本人から書面（電子を含む）で直接取得', en: 'from the person, in writing (incl. online forms)' },
  direct_other: { ja: '本人から口頭等で直接取得', en: 'from the person, orally or otherwise' },
  third_party: { ja: '第三者から提供を受けて取得', en: 'provided by a third party' },
  public: { ja: '公開情報から取得', en: 'from public sources' },
  entrusted: { ja: '委託を受けて取得', en: 'handled as an entrustee' },
  other: { ja: 'その他', en: 'other' },
};

export const mediumLabels: Record<StorageMedium, LocalizedText> = {
  electronic: { ja: '電子', en: 'electronic' },
  paper: { ja: '紙', en: 'paper' },
  both: { ja: '電子・紙', en: 'electronic and paper' },
};

export const clauseLabels: Record<ContractClause, LocalizedText> = {
  safety_measures: { ja: '安全管理措置', en: 'safety measures' },
  confidentiality: { ja: '秘密保持', en: 'confidentiality' },
  purpose_limit: { ja: '目的外利用の禁止', en: 'no use beyond the purpose' },
  re_entrustment: { ja: '再委託の条件', en: 'conditions of re-entrustment' },
  breach_report: { ja: '漏えい等の報告', en: 'reporting breaches' },
  audit_right: { ja: '監査・報告徴収', en: 'audits and reports on request' },
  return_deletion: { ja: '終了時の返却・削除', en: 'return or deletion at the end' },
  reporting: { ja: '取扱状況の定期報告', en: 'periodic reports on handling' },
  liability: { ja: '違反時の措置・責任', en: 'measures and liability on breach' },
};

export const reEntrustmentLabels: Record<ReEntrustment, LocalizedText> = {
  none: { ja: 'なし', en: 'none' },
  prohibited: { ja: '禁止（契約で禁止）', en: 'prohibited by contract' },
  with_consent: { ja: '事前の承諾を条件に可', en: 'allowed with prior consent' },
  exists: { ja: 'あり', en: 'in place' },
};

export const checkKindLabels: Record<CheckKind, LocalizedText> = {
  selection: { ja: '選定時の確認', en: 'selection check' },
  periodic: { ja: '定期点検', en: 'periodic check' },
  ad_hoc: { ja: '臨時点検', en: 'ad hoc check' },
};

export const checkMethodLabels: Record<CheckMethod, LocalizedText> = {
  questionnaire: { ja: 'チェックシート', en: 'questionnaire' },
  on_site: { ja: '訪問・実地確認', en: 'on-site visit' },
  document: { ja: '書類・報告書の確認', en: 'documents and reports' },
  certification: { ja: '第三者認証の確認', en: 'third-party certification' },
  other: { ja: 'その他', en: 'other' },
};

export const checkResultLabels: Record<CheckResult, LocalizedText> = {
  suitable: { ja: '適合', en: 'suitable' },
  needs_improvement: { ja: '要改善', en: 'needs improvement' },
  unsuitable: { ja: '不適合', en: 'unsuitable' },
};
