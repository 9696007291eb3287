import type { LocalizedText } from '../errors';
import { clauseById, fillClause, formatYen, purposePresets, type ClauseValues } from './clauses';
import { sectionKindLabels } from './labels';
import {
  makeSection,
  policyDocument,
  type CrossBorderDestination,
  type PolicyDocument,
  type PolicySection,
  type PurposeRow,
  type SectionFields,
  type SectionOf,
  type TransmissionRow,
} from './model';
import type { PolicyKind, RequestKind, SectionKind } from './vocabulary';
import { requestKinds } from './vocabulary';

/**
 * Starting policies composed from the clause library and the company's facts. Structured data (purposes, desks,
 * fee, tools, dates) goes into the sections' fields; the prose comes from clauses. A fact left blank stays
 * visible as 【未設定：…】 in the draft.
 */
export const templateIds = ['saas_app', 'b2b_privacymark', 'manufacturer'] as const;
export type TemplateId = (typeof templateIds)[number];

export const templateInfo: Record<TemplateId, { kind: PolicyKind; title: LocalizedText; description: LocalizedText }> = {
  saas_app: {
    kind: 'privacy_policy',
    title: { ja: 'プライバシーポリシー', en: 'Privacy Policy' },
    description: { ja: 'アプリ・SaaS（Cookie・外部送信あり）', en: 'App or SaaS service with cookies and external transmission' },
  },
  b2b_privacymark: {
    kind: 'combined',
    title: { ja: '個人情報保護方針及び個人情報の取扱いについて', en: 'Personal Information Protection Policy and Handling of Personal Information' },
    description: { ja: 'プライバシーマーク取得のBtoB企業（基本方針・認定個人情報保護団体）', en: 'B2B company with PrivacyMark (basic policy, authorized organization)' },
  },
  manufacturer: {
    kind: 'privacy_policy',
    title: { ja: 'プライバシーポリシー', en: 'Privacy Policy' },
    description: { ja: 'メーカー（お客様・お取引先・株主・従業者）', en: 'Manufacturer (customers, business partners, shareholders, employees)' },
  },
};

/** The company record's fields a template reads (a `Company` from shared/domain fits). */
export interface TemplateCompany {
  legalNameJa: string;
  legalNameEn: string;
  postalCode: string;
  addressJa: string;
  addressEn: string;
  representativeTitleJa: string;
  representativeTitleEn: string;
  representativeNameJa: string;
  representativeNameEn: string;
  protectionManagerTitle: string;
  protectionManagerName: string;
  authorizedOrgMember: boolean;
  authorizedOrgNameJa: string;
  authorizedOrgNameEn: string;
  authorizedOrgDeskId: number | null;
}

export interface JointUseFacts {
  jointItemsJa: string;
  jointItemsEn: string;
  jointUsersJa: string;
  jointUsersEn: string;
  jointPurposesJa: string;
  jointPurposesEn: string;
  responsibleNameJa: string;
  responsibleNameEn: string;
  responsibleAddressJa: string;
  responsibleAddressEn: string;
  responsibleRepresentativeJa: string;
  responsibleRepresentativeEn: string;
}

export interface TemplateContext {
  company: TemplateCompany;
  /** The company's own complaint/consultation desks (Art. 32(1)(iv)). */
  complaintDeskIds: number[];
  serviceNameJa?: string;
  serviceNameEn?: string;
  /** Fee per request for purpose notification and disclosure (Art. 38); null = no fee. */
  requestFeeYen: number | null;
  requestMethodJa?: string;
  requestMethodEn?: string;
  identityDocumentsJa?: string;
  identityDocumentsEn?: string;
  establishedOn?: string;
  effectiveOn?: string;
  /** External tools (saas_app); defaults to an analytics and an error-tracking tool to edit. */
  transmissions?: TransmissionRow[];
  crossBorder?: CrossBorderDestination[];
  jointUse?: JointUseFacts;
}

const both = (ja: string, en: string): LocalizedText => ({ ja, en });
const joined = (...parts: string[]) => parts.map((part) => part.trim()).filter((part) => part !== '').join(' ');

function valuesOf(ctx: TemplateContext): ClauseValues {
  const { company } = ctx;
  const postal = company.postalCode.trim() === '' ? '' : `〒${company.postalCode} `;
  const countries = (ctx.crossBorder ?? []).map((d) => both(d.countryJa, d.countryEn));
  return {
    companyName: both(company.legalNameJa, company.legalNameEn || company.legalNameJa),
    companyAddress: both(company.addressJa === '' ? '' : postal + company.addressJa, company.addressEn || company.addressJa),
    representative: both(
      joined(company.representativeTitleJa, company.representativeNameJa),
      [company.representativeNameEn || company.representativeNameJa, company.representativeTitleEn].filter((part) => part.trim() !== '').join(', '),
    ),
    protectionManager: joined(company.protectionManagerTitle, company.protectionManagerName),
    serviceName: both(ctx.serviceNameJa ?? '', ctx.serviceNameEn || ctx.serviceNameJa || ''),
    authorizedOrgName: both(company.authorizedOrgNameJa, company.authorizedOrgNameEn || company.authorizedOrgNameJa),
    foreignCountries: both(countries.map((c) => c.ja).join('、'), countries.map((c) => c.en).join(', ')),
  };
}

/** A section of `kind` whose prose is the named clauses, filled, one paragraph each. */
function composed<K extends SectionKind>(
  kind: K,
  clauseIds: string[],
  values: ClauseValues,
  fields: SectionFields<K> = {},
): SectionOf<K> {
  const filled = clauseIds.map((id) => fillClause(clauseById(id), values));
  return makeSection(kind, `sec-${kind}`, {
    headingJa: sectionKindLabels[kind].ja,
    headingEn: sectionKindLabels[kind].en,
    bodyJa: filled.map((text) => text.ja).join('\n'),
    bodyEn: filled.map((text) => text.en).join('\n'),
    ...fields,
  } as SectionFields<K>);
}

function purposeRows(presetIds: string[]): PurposeRow[] {
  return presetIds.flatMap((id) => {
    const preset = purposePresets.find((candidate) => candidate.id === id);
    return (preset?.purposes ?? []).map((purpose) => ({ category: preset?.category ?? null, purposeJa: purpose.ja, purposeEn: purpose.en }));
  });
}

const defaultTransmissions: TransmissionRow[] = [
  {
    tool: 'Google Analytics',
    recipient: 'Google LLC',
    dataSentJa: '閲覧したページのURL、参照元、閲覧日時、端末・ブラウザの種類、IPアドレス、Cookie等の識別子',
    dataSentEn: 'URLs of pages viewed, referrer, date and time of viewing, device and browser type, IP address, and identifiers such as cookies',
    purposeJa: 'ウェブサイト及びサービスの利用状況の分析及び改善のため',
    purposeEn: 'To analyze and improve how the website and the service are used',
    optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
  },
  {
    tool: 'Sentry',
    recipient: 'Functional Software, Inc.',
    dataSentJa: 'エラー発生時の画面情報、端末・ブラウザの種類、IPアドレス、利用者ID',
    dataSentEn: 'screen information at the time of an error, device and browser type, IP address, and user ID',
    purposeJa: 'サービスで発生したエラーの検知及び原因の分析のため',
    purposeEn: 'To detect errors in the service and analyze their causes',
    optOutUrl: '',
  },
];

function requestSection(ctx: TemplateContext, values: ClauseValues): PolicySection {
  const feeClause = ctx.requestFeeYen === null ? 'requests_fee_free' : 'requests_fee_charged';
  const fee = ctx.requestFeeYen === null ? null : formatYen(ctx.requestFeeYen);
  const kinds: RequestKind[] = [...requestKinds];
  return composed('request_procedures', ['requests_standard', feeClause], { ...values, fee }, {
    requestKinds: kinds,
    methodJa: ctx.requestMethodJa ?? '当社所定の請求書に必要事項を記入し、苦情・相談窓口宛てに郵送又は電子メールで送付',
    methodEn: ctx.requestMethodEn ?? 'sending the Company’s request form, completed, to the complaints and consultation desk by post or e-mail',
    identityDocumentsJa: ctx.identityDocumentsJa ?? '運転免許証、パスポート、マイナンバーカード（表面のみ）等の写し',
    identityDocumentsEn: ctx.identityDocumentsEn ?? 'a copy of a driving licence, passport or My Number card (front side only)',
    feeYen: ctx.requestFeeYen,
  });
}

/** Sections every template ends with, in order: requests, desks, (organization), (incident), revisions, identity. */
function closingSections(ctx: TemplateContext, values: ClauseValues, withIncident: boolean): PolicySection[] {
  const { company } = ctx;
  return [
    requestSection(ctx, values),
    composed('complaint_desk', ['complaint_desk_standard'], values, { deskIds: ctx.complaintDeskIds }),
    ...(company.authorizedOrgMember
      ? [composed('authorized_organization', ['authorized_org_member'], values, {
          deskIds: company.authorizedOrgDeskId === null ? [] : [company.authorizedOrgDeskId],
        })]
      : []),
    ...(withIncident ? [composed('incident_response', ['incident_response_standard'], values)] : []),
    composed('revisions', ['revisions_standard'], values, { establishedOn: ctx.establishedOn ?? '', effectiveOn: ctx.effectiveOn ?? '' }),
    composed('contact', ['contact_identity'], values),
  ];
}

function provisionSections(ctx: TemplateContext, values: ClauseValues): PolicySection[] {
  const abroad = ctx.crossBorder ?? [];
  return [
    composed('third_party_provision', ['third_party_standard'], values),
    composed('outsourcing', ['outsourcing_supervision'], values),
    ...(ctx.jointUse ? [composed('joint_use', ['joint_use_intro'], values, { ...ctx.jointUse })] : []),
    ...(abroad.length > 0 ? [composed('cross_border', ['cross_border_consent'], values, { destinations: abroad })] : []),
    composed('security_measures', abroad.length > 0 ? ['security_four_categories', 'security_foreign_environment'] : ['security_four_categories'], values),
  ];
}

function sectionsOf(id: TemplateId, ctx: TemplateContext): PolicySection[] {
  const values = valuesOf(ctx);
  switch (id) {
    case 'saas_app':
      return [
        composed('basic_policy_statement', ['basic_intro_service'], values),
        composed('definitions', ['definitions_personal_information'], values),
        composed('information_collected', ['collected_service'], values),
        composed('collection_methods', ['collection_lawful'], values),
        composed('purposes_of_use', ['purposes_intro', 'purposes_change'], values, { rows: purposeRows(['service_users', 'inquirers']) }),
        ...provisionSections(ctx, values),
        composed('cookies', ['cookies_service'], values),
        composed('external_transmission', ['external_transmission_notice'], values, { transmissions: ctx.transmissions ?? defaultTransmissions }),
        ...closingSections(ctx, values, false),
      ];
    case 'b2b_privacymark':
      return [
        composed('basic_policy_statement', ['basic_pms'], values),
        composed('purposes_of_use', ['purposes_intro'], values, {
          rows: purposeRows(['customers', 'suppliers', 'inquirers', 'employees', 'applicants']),
        }),
        composed('consent_items', ['consent_direct_written', 'consent_sensitive'], values),
        ...provisionSections(ctx, values),
        ...closingSections(ctx, values, true),
      ];
    case 'manufacturer':
      return [
        composed('basic_policy_statement', ['basic_intro_business'], values),
        composed('information_collected', ['collected_business'], values),
        composed('collection_methods', ['collection_lawful'], values),
        composed('purposes_of_use', ['purposes_intro', 'purposes_change'], values, {
          rows: purposeRows(['customers', 'suppliers', 'shareholders', 'employees', 'applicants', 'inquirers']),
        }),
        composed('consent_items', ['consent_sensitive'], values),
        ...provisionSections(ctx, values),
        composed('cookies', ['cookies_website'], values),
        ...closingSections(ctx, values, true),
      ];
  }
}

/** A starting policy for `id`, validated like any policy the user saves. */
export function buildPolicyFromTemplate(id: TemplateId, ctx: TemplateContext): PolicyDocument {
  const info = templateInfo[id];
  return policyDocument.parse({ kind: info.kind, titleJa: info.title.ja, titleEn: info.title.en, sections: sectionsOf(id, ctx) });
}
