import { findCountries } from '../countries';
import { findTools } from '../known-tools';
import type { PolicySection } from '../model';
import { sectionDataLines } from '../section-data-text';
import { compactForMatch, matchesAny, normalizeForMatch, sentencesOf } from '../text';
import { cues } from './cues';
import type { CheckedDocument } from './document';
import type { CheckerFacts, ResolvedFact, ResolvedFacts } from './types';

/**
 * What the business does, as far as the rules need it: joint use, provision abroad, external tools, sensitive
 * information, opt-out provision, pseudonymised or anonymised information, changed purposes. A fact the caller
 * gives is used as given; otherwise it is read from the policy (a section of that kind, or the words for it),
 * so a policy that mentions joint use is held to the joint-use items.
 */
function resolve(given: boolean | undefined, infer: () => boolean): ResolvedFact {
  return given === undefined ? { value: infer(), inferred: true } : { value: given, inferred: false };
}

function mentionsJointUse(doc: CheckedDocument): boolean {
  return sentencesOf(doc.text).some((sentence) => matchesAny(sentence, cues.jointUse) && !matchesAny(sentence, cues.jointUseNegated));
}

function mentionsAbroad(doc: CheckedDocument): boolean {
  return matchesAny(doc.text, cues.abroad) || findCountries(doc.raw).length > 0;
}

function mentionsExternalTools(doc: CheckedDocument): boolean {
  if (findTools(doc.raw).length > 0 || matchesAny(doc.text, cues.externalTransmission)) return true;
  return sentencesOf(doc.text).some((sentence) => matchesAny(sentence, cues.cookie) && matchesAny(sentence, cues.cookieThirdParty));
}

/** Opt-out provision: its words in a sentence about provision to third parties (not a cookie or ad opt-out). */
export function isOptOutSentence(sentence: string): boolean {
  return matchesAny(sentence, cues.optOutProvision) && matchesAny(sentence, cues.optOutProvisionContext) && !matchesAny(sentence, cues.cookie);
}

function mentionsProcessed(doc: CheckedDocument): boolean {
  return sentencesOf(doc.text).some((sentence) => matchesAny(sentence, cues.processedInformation) && !matchesAny(sentence, cues.processedNegated));
}

function purposesText(sections: readonly PolicySection[]): string {
  return sections
    .filter((section) => section.kind === 'purposes_of_use')
    .map((section) => [section.bodyJa, section.bodyEn, ...sectionDataLines(section, 'ja'), ...sectionDataLines(section, 'en')].join('\n'))
    .join('\n');
}

/** Whether the purposes of use read differently from the version in force (spacing and width aside). */
function purposesDiffer(sections: readonly PolicySection[], previous: readonly PolicySection[] | undefined): boolean {
  if (previous === undefined) return false;
  return compactForMatch(normalizeForMatch(purposesText(sections))) !== compactForMatch(normalizeForMatch(purposesText(previous)));
}

export function resolveFacts(doc: CheckedDocument, given: CheckerFacts = {}, previous?: readonly PolicySection[]): ResolvedFacts {
  const hasKind = (kind: string) => doc.sections.some((section) => section.kind === kind);
  return {
    jointUse: resolve(given.jointUse, () => hasKind('joint_use') || mentionsJointUse(doc)),
    crossBorder: resolve(given.crossBorder, () => hasKind('cross_border') || mentionsAbroad(doc)),
    externalTools: resolve(given.externalTools, () => hasKind('external_transmission') || mentionsExternalTools(doc)),
    sensitive: resolve(given.sensitive, () => matchesAny(doc.text, cues.sensitive)),
    optOut: resolve(given.optOut, () => sentencesOf(doc.text).some(isOptOutSentence)),
    processedInformation: resolve(given.processedInformation, () => mentionsProcessed(doc)),
    purposesChanged: resolve(given.purposesChanged, () => purposesDiffer(doc.sections.map((section) => section.section), previous)),
  };
}
