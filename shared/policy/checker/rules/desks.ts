import { findEmails, findPhones, hasPostalAddress } from '../../extract';
import { compactForMatch, matchesAny } from '../../text';
import { cues } from '../cues';
import type { CheckedDocument, CheckedSection } from '../document';
import { ruleResult, warning } from '../result';
import type { CheckerCompany, CheckerWarning, RuleResult } from '../types';

/**
 * Art. 32(1)(iv), Cabinet Order Art. 10(ii)(iii): where to complain about the business's handling of personal
 * information, and — for a member of an authorized personal information protection organization — that
 * organization's name and where to file a complaint with it. A desk is reachable when a phone number, e-mail,
 * postal address or form is given; linked desk records count as printed with the policy.
 */
export function isReachable(section: CheckedSection): boolean {
  return (
    findEmails(section.raw).length > 0 ||
    findPhones(section.raw).length > 0 ||
    hasPostalAddress(section.raw) ||
    matchesAny(section.text, cues.deskForm)
  );
}

function unknownDeskWarnings(sections: readonly CheckedSection[]): CheckerWarning[] {
  return sections
    .filter((section) => section.unknownDeskIds.length > 0)
    .map((section) =>
      warning('desk-not-found', {
        ja: `リンクされた窓口（ID: ${section.unknownDeskIds.join(', ')}）が見つかりません。窓口が削除されていないか確認してください。`,
        en: `The linked desk (ID ${section.unknownDeskIds.join(', ')}) does not exist. Check whether it was deleted.`,
      }, section.id),
    );
}

export function checkComplaintDesk(doc: CheckedDocument): RuleResult {
  const sections = doc.sections.filter(
    (section) =>
      section.kind === 'complaint_desk' ||
      (section.kind !== 'authorized_organization' && (section.desks.length > 0 || matchesAny(section.text, cues.desk))),
  );
  const warnings = unknownDeskWarnings(sections);
  const own = sections.filter((section) => section.kind === 'complaint_desk' || section.kind === 'contact' || section.desks.length > 0);
  const candidates = own.length > 0 ? own : sections;
  if (candidates.length === 0) {
    return ruleResult('complaint-desk', 'missing', {
      ja: '苦情・相談の受付窓口が見つかりません。個人情報の取扱いに関する苦情の申出先を記載してください。',
      en: 'No complaint or consultation desk was found. State where complaints about the handling of personal information go.',
    }, [], warnings);
  }
  const reachable = candidates.filter(isReachable);
  if (reachable.length === 0) {
    warnings.push(
      warning('desk-unreachable', {
        ja: '苦情・相談窓口に連絡手段（電話番号、メールアドレス、住所、問い合わせフォーム）が記載されていません。',
        en: 'The complaint desk has no way to reach it (no phone, e-mail, address or form).',
      }, candidates[0]?.id ?? null),
    );
  }
  return ruleResult(
    'complaint-desk',
    'met',
    { ja: '苦情・相談窓口が記載されています。', en: 'A complaint and consultation desk is stated.' },
    reachable.length > 0 ? reachable : candidates,
    warnings,
  );
}

export function checkAuthorizedOrganization(doc: CheckedDocument, company: CheckerCompany | undefined): RuleResult {
  const names = [company?.authorizedOrgNameJa, company?.authorizedOrgNameEn]
    .map((name) => compactForMatch(name ?? ''))
    .filter((name) => name !== '');
  const namesRecordOrg = (section: CheckedSection) => names.some((name) => compactForMatch(section.raw).includes(name));
  const about = doc.sections.filter(
    (section) => section.kind === 'authorized_organization' || matchesAny(section.text, cues.authorizedOrg) || namesRecordOrg(section),
  );
  const member = company?.authorizedOrgMember;
  if (member === false || (member === undefined && about.length === 0)) {
    const warnings =
      member === false && about.length > 0
        ? [warning('authorized-org-not-member', {
            ja: 'ポリシーに認定個人情報保護団体の記載がありますが、事業者情報では未加入になっています。どちらが正しいか確認してください。',
            en: 'The policy names an authorized organization, but the company record says the company is not a member. Check which is right.',
          }, about[0]?.id ?? null)]
        : [];
    return ruleResult('authorized-organization', 'na', member === false
      ? { ja: '認定個人情報保護団体に加入していないため、記載は不要です。', en: 'Not a member of an authorized organization: nothing to state.' }
      : {
          ja: '認定個人情報保護団体の記載はありません。加入している場合は、団体名と苦情の解決の申出先を記載してください。',
          en: 'No authorized organization is mentioned. If you are a member, state its name and where to file complaints with it.',
        }, [], warnings);
  }
  const warnings = unknownDeskWarnings(about);
  // With a company record, the organization it names must appear; without one, any authorized organization.
  const named = names.length > 0 ? about.filter(namesRecordOrg) : about;
  if (named.length === 0) {
    return ruleResult('authorized-organization', 'missing', {
      ja: '加入している認定個人情報保護団体の名称が記載されていません。団体名と苦情の解決の申出先を記載してください。',
      en: 'The authorized organization you belong to is not named. State its name and where to file complaints with it.',
    }, about, warnings);
  }
  const withDesk = about.filter((section) => matchesAny(section.text, cues.orgComplaint) && isReachable(section));
  if (withDesk.length === 0) {
    warnings.push(
      warning('authorized-org-no-desk', {
        ja: '認定個人情報保護団体の苦情の解決の申出先（連絡先）が記載されていません。',
        en: "The authorized organization's complaint desk (how to reach it) is not stated.",
      }, named[0]?.id ?? null),
    );
    return ruleResult('authorized-organization', 'missing', {
      ja: '認定個人情報保護団体の名称はありますが、苦情の解決の申出先がありません。',
      en: 'The authorized organization is named, but not where to file complaints with it.',
    }, named, warnings);
  }
  return ruleResult('authorized-organization', 'met', {
    ja: '認定個人情報保護団体の名称と苦情の解決の申出先が記載されています。',
    en: 'The authorized organization and where to file complaints with it are stated.',
  }, [...named, ...withDesk], warnings);
}
