import type { PolicySection } from '../model';
import { sectionDataLines } from '../section-data-text';
import { languageOf, normalizeForMatch } from '../text';
import type { SectionKind } from '../vocabulary';
import { articleLabels, sentencesOfSection, type ArticleLabel, type Sentence } from './evidence';
import type { CheckerDesk, CheckerInput } from './types';

/**
 * The policy as the rules read it: for each section, its headings, prose and structured data in both languages,
 * plus the contact fields of the desks it links (a linked desk is printed with the policy, so what it says
 * counts as said), once as original text (for extraction) and once normalised (for cues).
 */
export interface CheckedSection {
  readonly id: string;
  readonly kind: SectionKind;
  readonly section: PolicySection;
  /** Normalised headings (ja and en). */
  readonly heading: string;
  /** Normalised text of everything in the section. */
  readonly text: string;
  /** Normalised text of everything but the headings. */
  readonly body: string;
  /** The same, original (NFKC not applied), for the extractors. */
  readonly raw: string;
  readonly desks: readonly CheckerDesk[];
  /** The article the section is printed as (「第6条」 / "Article 6", or the preamble). */
  readonly article: ArticleLabel;
  /** The section's main language (for the article label of its quotes). */
  readonly lang: 'ja' | 'en';
  /** Headings and body sentences, original and normalised, for quoting. */
  readonly sentences: readonly Sentence[];
  /** Linked desk ids with no desk record: the printed policy would show nothing for them. */
  readonly unknownDeskIds: readonly number[];
}

export interface CheckedDocument {
  readonly sections: readonly CheckedSection[];
  /** Normalised text of the whole policy. */
  readonly text: string;
  readonly raw: string;
}

export function deskLines(desk: CheckerDesk): string[] {
  const address = [desk.postalCode ? `〒${desk.postalCode}` : '', desk.addressJa ?? ''].filter((part) => part !== '').join(' ');
  return [
    desk.nameJa ?? '',
    desk.nameEn ?? '',
    ...(desk.phones ?? []).map((phone) => `TEL: ${phone.number}`),
    desk.email ? `E-mail: ${desk.email}` : '',
    address,
    desk.addressEn ?? '',
    desk.inquiryFormUrl ? `Form: ${desk.inquiryFormUrl}` : '',
  ].filter((line) => line.trim() !== '');
}

function linkedDeskIds(section: PolicySection): readonly number[] {
  return 'deskIds' in section ? section.deskIds : [];
}

export function checkedDocument(input: CheckerInput): CheckedDocument {
  const desksById = new Map((input.desks ?? []).map((desk) => [desk.id, desk]));
  const labels = articleLabels(input.sections);
  const sections = input.sections.map((section, index): CheckedSection => {
    const ids = linkedDeskIds(section);
    const desks = ids.flatMap((id) => desksById.get(id) ?? []);
    const bodyRaw = [
      section.bodyJa,
      section.bodyEn,
      ...sectionDataLines(section, 'ja'),
      ...sectionDataLines(section, 'en'),
      ...desks.flatMap(deskLines),
    ]
      .filter((part) => part.trim() !== '')
      .join('\n');
    const raw = [section.headingJa, section.headingEn, bodyRaw].filter((part) => part.trim() !== '').join('\n');
    return {
      id: section.id,
      kind: section.kind,
      section,
      heading: normalizeForMatch(`${section.headingJa}\n${section.headingEn}`),
      text: normalizeForMatch(raw),
      body: normalizeForMatch(bodyRaw),
      raw,
      desks,
      article: labels[index] ?? { ja: '', en: '' },
      lang: languageOf(raw),
      sentences: sentencesOfSection([section.headingJa, section.headingEn], bodyRaw),
      unknownDeskIds: ids.filter((id) => !desksById.has(id)),
    };
  });
  return {
    sections,
    text: sections.map((section) => section.text).join('\n'),
    raw: sections.map((section) => section.raw).join('\n'),
  };
}

/** Whether the section's structured fields say anything (an empty table means "not filled in", not "none"). */
export function hasStructuredData(section: PolicySection): boolean {
  switch (section.kind) {
    case 'purposes_of_use':
      return section.rows.some((row) => `${row.purposeJa}${row.purposeEn}`.trim() !== '');
    case 'joint_use':
      // Any of the Art. 27(5)(iii) fields states something; the joint-use rule weighs which are missing.
      return [
        section.jointItemsJa,
        section.jointItemsEn,
        section.jointUsersJa,
        section.jointUsersEn,
        section.jointPurposesJa,
        section.jointPurposesEn,
        section.responsibleNameJa,
        section.responsibleNameEn,
        section.responsibleAddressJa,
        section.responsibleAddressEn,
        section.responsibleRepresentativeJa,
        section.responsibleRepresentativeEn,
      ].some((value) => value.trim() !== '');
    case 'cross_border':
      return section.destinations.length > 0;
    case 'external_transmission':
      return section.transmissions.length > 0;
    case 'request_procedures':
      return section.requestKinds.length > 0 || `${section.methodJa}${section.methodEn}`.trim() !== '' || section.feeYen !== null;
    case 'complaint_desk':
    case 'authorized_organization':
    case 'contact':
      return section.deskIds.length > 0;
    case 'revisions':
      return section.establishedOn !== '' || section.effectiveOn !== '' || section.revisedOn.length > 0;
    default:
      return false;
  }
}

/** Whether the section says anything beyond its heading. */
export function hasContent(section: CheckedSection): boolean {
  const { section: s } = section;
  return `${s.bodyJa}${s.bodyEn}`.trim() !== '' || hasStructuredData(s) || section.desks.length > 0;
}

export const idsOf = (sections: readonly CheckedSection[]): string[] => sections.map((section) => section.id);
