import { checkPolicy, type CheckerInput, type CheckerCompany, type CheckerDesk, type RuleId, type RuleResult } from '../../../shared/policy/checker';
import { makeSection, type PolicySection, type SectionFields, type SectionOf } from '../../../shared/policy/model';
import type { SectionKind } from '../../../shared/policy/vocabulary';

/** Builders for checker and template tests. The companies here are invented. */
let counter = 0;

export function section<K extends SectionKind>(kind: K, fields: SectionFields<K> = {}): SectionOf<K> {
  counter++;
  return makeSection(kind, `s${counter}`, fields);
}

export const ja = <K extends SectionKind>(kind: K, headingJa: string, bodyJa: string, fields: SectionFields<K> = {}): SectionOf<K> =>
  section<K>(kind, { headingJa, bodyJa, ...fields } as SectionFields<K>);

export const en = <K extends SectionKind>(kind: K, headingEn: string, bodyEn: string, fields: SectionFields<K> = {}): SectionOf<K> =>
  section<K>(kind, { headingEn, bodyEn, ...fields } as SectionFields<K>);

export const company = {
  legalNameJa: '株式会社みどり商会',
  legalNameEn: 'Midori Shokai Co., Ltd.',
  postalCode: '100-0005',
  addressJa: '東京都千代田区丸の内1-1-1',
  addressEn: '1-1-1 Marunouchi, Chiyoda-ku, Tokyo',
  representativeTitleJa: '代表取締役',
  representativeTitleEn: 'President',
  representativeNameJa: '青木 一郎',
  representativeNameEn: 'Ichiro Aoki',
  protectionManagerTitle: '管理部長',
  protectionManagerName: '森 花子',
  authorizedOrgMember: true,
  authorizedOrgNameJa: '一般財団法人日本情報経済社会推進協会',
  authorizedOrgNameEn: 'JIPDEC',
  authorizedOrgDeskId: 2,
} satisfies CheckerCompany & Record<string, unknown>;

export const ownDesk: CheckerDesk = {
  id: 1,
  kind: 'own',
  nameJa: '個人情報お問い合わせ窓口',
  nameEn: 'Personal Information Desk',
  phones: [{ number: '03-1234-5678' }],
  email: 'privacy@midori.example.jp',
  postalCode: '100-0005',
  addressJa: '東京都千代田区丸の内1-1-1',
  addressEn: '1-1-1 Marunouchi, Chiyoda-ku, Tokyo',
  inquiryFormUrl: '',
};

export const orgDesk: CheckerDesk = {
  id: 2,
  kind: 'authorized_org',
  nameJa: '個人情報保護苦情相談室',
  nameEn: 'Personal Information Protection Complaint Office',
  phones: [{ number: '03-5860-7565' }],
  email: '',
  postalCode: '',
  addressJa: '',
  addressEn: '',
  inquiryFormUrl: '',
};

export function run(input: Partial<CheckerInput> & { sections: readonly PolicySection[] }): RuleResult[] {
  return checkPolicy(input);
}

export function rule(input: Partial<CheckerInput> & { sections: readonly PolicySection[] }, id: RuleId): RuleResult {
  const result = run(input).find((candidate) => candidate.id === id);
  if (!result) throw new Error(`no result for ${id}`);
  return result;
}

export const codes = (result: RuleResult) => result.warnings.map((warning) => warning.code);
