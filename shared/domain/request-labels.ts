import type { LocalizedText } from '../errors';
import type { RecordForm, ProvisionDirection } from '../appi/provision-retention';
import type { DisclosureMethod, IdentityCheck, RequestChannel, RequestKind, RequestOutcome, RequesterRole, ResponseMethod } from './data-request';
import type { ProvisionBasis } from './provision-record';

/** The words the registers' exports print for the requests log's and the provision records' choices (ja / en). */
export const requestKindLabels: Record<RequestKind, LocalizedText> = {
  purpose_notice: { ja: '利用目的の通知（法第32条第2項）', en: 'Notification of purposes (Art. 32(2))' },
  disclosure: { ja: '開示（法第33条第1項）', en: 'Disclosure (Art. 33(1))' },
  record_disclosure: { ja: '第三者提供記録の開示（法第33条第5項）', en: 'Disclosure of provision records (Art. 33(5))' },
  correction: { ja: '訂正・追加・削除（法第34条）', en: 'Correction, addition or deletion (Art. 34)' },
  cessation_of_use: { ja: '利用停止・消去（法第35条）', en: 'Cessation of use or erasure (Art. 35)' },
  cessation_of_provision: { ja: '第三者提供の停止（法第35条）', en: 'Cessation of provision (Art. 35)' },
  complaint: { ja: '苦情（法第40条）', en: 'Complaint (Art. 40)' },
  consultation: { ja: '相談', en: 'Question' },
};
export const requestChannelLabels: Record<RequestChannel, LocalizedText> = {
  phone: { ja: '電話', en: 'Phone' },
  email: { ja: 'メール', en: 'Email' },
  post: { ja: '郵送', en: 'Post' },
  in_person: { ja: '来訪', en: 'In person' },
  web_form: { ja: 'ウェブフォーム', en: 'Web form' },
  other: { ja: 'その他', en: 'Other' },
};
export const requesterRoleLabels: Record<RequesterRole, LocalizedText> = {
  self: { ja: '本人', en: 'The person' },
  legal_representative: { ja: '法定代理人', en: 'Legal representative' },
  proxy: { ja: '任意代理人', en: 'Appointed agent' },
  unknown: { ja: '不明', en: 'Unknown' },
};
export const identityCheckLabels: Record<IdentityCheck, LocalizedText> = {
  not_needed: { ja: '不要', en: 'Not needed' },
  pending: { ja: '確認中', en: 'Checking' },
  verified: { ja: '確認済み', en: 'Verified' },
  failed: { ja: '確認できず', en: 'Could not verify' },
};
export const disclosureMethodLabels: Record<DisclosureMethod, LocalizedText> = {
  '': { ja: '', en: '' },
  electronic: { ja: '電磁的記録の提供', en: 'Electronic record' },
  paper: { ja: '書面の交付', en: 'On paper' },
  other: { ja: 'その他の方法', en: 'Another method' },
};
export const responseMethodLabels: Record<ResponseMethod, LocalizedText> = {
  '': { ja: '', en: '' },
  post: { ja: '郵送', en: 'Post' },
  email: { ja: 'メール', en: 'Email' },
  electronic: { ja: '電磁的記録の提供', en: 'Electronic record' },
  phone: { ja: '電話', en: 'Phone' },
  in_person: { ja: '対面', en: 'In person' },
  other: { ja: 'その他', en: 'Other' },
};
export const requestOutcomeLabels: Record<RequestOutcome, LocalizedText> = {
  pending: { ja: '対応中', en: 'Open' },
  complied: { ja: '対応済み', en: 'Done' },
  partially_complied: { ja: '一部対応', en: 'Partly done' },
  refused: { ja: '応じない', en: 'Declined' },
  withdrawn: { ja: '取下げ', en: 'Withdrawn' },
};
export const provisionDirectionLabels: Record<ProvisionDirection, LocalizedText> = {
  provided: { ja: '提供', en: 'Provided' },
  received: { ja: '受領', en: 'Received' },
};
export const recordFormLabels: Record<RecordForm, LocalizedText> = {
  per_provision: { ja: '提供ごと', en: 'Per provision' },
  bundled: { ja: '一括して作成', en: 'Bundled' },
  contract: { ja: '契約書等で代替', en: 'Contract as record' },
};
export const provisionBasisLabels: Record<ProvisionBasis, LocalizedText> = {
  consent: { ja: '本人の同意', en: "The person's consent" },
  opt_out: { ja: 'オプトアウト（法第27条第2項）', en: 'Opt-out (Art. 27(2))' },
};
