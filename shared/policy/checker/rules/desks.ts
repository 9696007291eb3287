import type { LocalizedText } from '../../../errors';
import { findEmails, findPhones, findUrls } from '../../extract';
import { compactForMatch, matchesAny } from '../../text';
import { hasAddress } from '../address';
import { cues } from '../cues';
import type { CheckedDocument, CheckedSection } from '../document';
import { allQuotes, headingQuote, mergeEvidence, quotes, type Sentence } from '../evidence';
import { ruleResult, warning } from '../result';
import type { CheckerCompany, CheckerWarning, Evidence, RuleResult } from '../types';
import { deskDetailsInText } from './fact-duplicates';

/**
 * Art. 32(1)(iv), Cabinet Order Art. 10(ii)(iii): where to complain about the business's handling of personal
 * information, and — for a member of an authorized personal information protection organization — that
 * organization's name and where to file a complaint with it. A desk is reachable when a phone number, e-mail,
 * postal address (with or without its prefecture) or form is given; linked desk records count as printed with
 * the policy. A heading with no way to reach anyone is missing, not met (appi.md §5).
 */
const isContactLine = (sentence: Pick<Sentence, 'raw'>): boolean =>
  findEmails(sentence.raw).length > 0 || findPhones(sentence.raw).length > 0 || hasAddress(sentence.raw) || findUrls(sentence.raw).length > 0;

/** A form named in words, with its link lost in the copy (「お問い合わせフォーム」, "Inquiry Form"). */
const namesForm = (sentence: Pick<Sentence, 'norm'>): boolean => matchesAny(sentence.norm, cues.deskForm);

export function isReachable(section: CheckedSection): boolean {
  return section.sentences.some((sentence) => isContactLine(sentence) || namesForm(sentence));
}

function contactQuotes(sections: readonly CheckedSection[]): Evidence[] {
  return allQuotes(sections, (sentence) => isContactLine(sentence) || namesForm(sentence), 3);
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

function formWithoutLink(sections: readonly CheckedSection[]): CheckerWarning[] {
  const only = sections.find((section) => section.sentences.some(namesForm) && !section.sentences.some(isContactLine));
  return only
    ? [warning('desk-form-no-url', {
        ja: '問い合わせフォームの名前はありますが、URLがありません。印刷・PDFでも辿れるよう、フォームのURLを記載してください。',
        en: 'A form is named without its URL. Give the URL so that the printed or PDF policy can be followed too.',
      }, only.id)]
    : [];
}

const deskLookedFor: LocalizedText = {
  ja: '探したもの：苦情・相談・問い合わせ窓口の見出しや記載と、その連絡手段（電話番号、メールアドレス、住所、問い合わせフォーム）。',
  en: 'Looked for: a complaint, consultation or contact desk, and a way to reach it (phone number, e-mail, postal address or form).',
};

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
    }, [], warnings, { lookedFor: deskLookedFor });
  }
  const reachable = candidates.filter(isReachable);
  if (reachable.length === 0) {
    return ruleResult('complaint-desk', 'missing', {
      ja: '窓口の見出し・記載はありますが、連絡手段（電話番号、メールアドレス、住所、問い合わせフォーム）がありません。連絡先のない窓口は記載したことになりません。',
      en: 'A desk is mentioned, but with no way to reach it (no phone, e-mail, address or form). A desk no one can reach is not stated.',
    }, candidates, warnings, {
      evidence: mergeEvidence(candidates.flatMap(headingQuote), quotes(candidates, (sentence) => !sentence.heading && matchesAny(sentence.norm, cues.desk))).slice(0, 3),
      lookedFor: deskLookedFor,
    });
  }
  const named = quotes(reachable, (sentence) => matchesAny(sentence.norm, cues.desk), 1);
  return ruleResult(
    'complaint-desk',
    'met',
    { ja: '苦情・相談窓口と連絡手段が記載されています。', en: 'A complaint and consultation desk and a way to reach it are stated.' },
    reachable,
    [...warnings, ...formWithoutLink(reachable), ...deskDetailsInText(candidates)],
    { evidence: mergeEvidence(named, contactQuotes(reachable)) },
  );
}

const orgLookedFor: LocalizedText = {
  ja: '探したもの：事業者情報の認定個人情報保護団体、本文中の「認定個人情報保護団体」やその名称、および苦情の解決の申出先とその連絡先。',
  en: "Looked for: the company record's authorized organization, the words \"authorized personal information protection organization\" or its name in the text, and its complaint desk with a way to reach it.",
};

/**
 * Read from the policy's text as well as the company record: a policy that names its authorized organization and
 * that organization's complaint desk states it, whatever the record says (a record that disagrees is a warning).
 */
export function checkAuthorizedOrganization(doc: CheckedDocument, company: CheckerCompany | undefined): RuleResult {
  const names = [company?.authorizedOrgNameJa, company?.authorizedOrgNameEn]
    .map((name) => compactForMatch(name ?? ''))
    .filter((name) => name !== '');
  const namesRecordOrg = (section: CheckedSection) => names.some((name) => compactForMatch(section.raw).includes(name));
  const about = doc.sections.filter(
    (section) => section.kind === 'authorized_organization' || matchesAny(section.text, cues.authorizedOrg) || namesRecordOrg(section),
  );
  const member = company?.authorizedOrgMember;
  if (about.length === 0) {
    if (member === true) {
      return ruleResult('authorized-organization', 'missing', {
        ja: '事業者情報では認定個人情報保護団体に加入していますが、ポリシーに団体の名称と苦情の解決の申出先が見つかりません。',
        en: 'The company record says you are a member of an authorized organization, but the policy does not name it or its complaint desk.',
      }, [], [], { lookedFor: orgLookedFor });
    }
    return ruleResult('authorized-organization', 'na', member === false
      ? { ja: '事業者情報では認定個人情報保護団体に加入しておらず、ポリシーにも団体の記載は見つかりません。', en: 'The company record says you are not a member of an authorized organization, and the policy names none.' }
      : {
          ja: '認定個人情報保護団体の記載は見つかりません。加入している場合は、団体名と苦情の解決の申出先を記載してください。',
          en: 'No authorized organization is named. If you are a member, state its name and where to file complaints with it.',
        }, [], [], { lookedFor: orgLookedFor });
  }
  const warnings = unknownDeskWarnings(about);
  if (member === false) {
    warnings.push(warning('authorized-org-not-member', {
      ja: 'ポリシーに認定個人情報保護団体の記載がありますが、事業者情報では未加入になっています。どちらが正しいか確認してください。',
      en: 'The policy names an authorized organization, but the company record says the company is not a member. Check which is right.',
    }, about[0]?.id ?? null));
  }
  // With a company record naming one, that organization must appear; otherwise the one the text names.
  const named = names.length > 0 && member !== false ? about.filter(namesRecordOrg) : about;
  const nameQuotes = quotes(named, (sentence) => matchesAny(sentence.norm, cues.authorizedOrg) || names.some((name) => compactForMatch(sentence.raw).includes(name)) || /団体|organi[sz]ation|協会|association|jipdec/.test(sentence.norm), 1);
  if (named.length === 0) {
    return ruleResult('authorized-organization', 'missing', {
      ja: '加入している認定個人情報保護団体の名称が記載されていません。団体名と苦情の解決の申出先を記載してください。',
      en: 'The authorized organization you belong to is not named. State its name and where to file complaints with it.',
    }, about, warnings, { evidence: quotes(about, (sentence) => matchesAny(sentence.norm, cues.authorizedOrg), 1), lookedFor: orgLookedFor });
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
      ja: '認定個人情報保護団体の名称はありますが、苦情の解決の申出先（連絡先）がありません。',
      en: 'The authorized organization is named, but not where to file complaints with it (and how to reach it).',
    }, named, warnings, { evidence: nameQuotes, lookedFor: orgLookedFor });
  }
  const deskQuotes = mergeEvidence(quotes(withDesk, (sentence) => matchesAny(sentence.norm, cues.orgComplaint), 1), contactQuotes(withDesk).slice(0, 2));
  return ruleResult('authorized-organization', 'met', {
    ja: '認定個人情報保護団体の名称と苦情の解決の申出先が記載されています。',
    en: 'The authorized organization and where to file complaints with it are stated.',
  }, [...named, ...withDesk], warnings, { evidence: mergeEvidence(nameQuotes, deskQuotes) });
}
