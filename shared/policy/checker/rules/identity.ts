import type { LocalizedText } from '../../../errors';
import { findCompanyNames } from '../../extract';
import { compactForMatch, matchesAny, normalizeForMatch } from '../../text';
import { hasAddress } from '../address';
import { cues } from '../cues';
import { evidenceOf } from '../evidence';
import { deskLines, type CheckedDocument, type CheckedSection } from '../document';
import { listOf, ruleResult, warning } from '../result';
import type { CheckerCompany, CheckerWarning, Evidence, RuleResult } from '../types';

/**
 * Art. 32(1)(i): the business's name, address and — for a corporation — its representative's name must be
 * where the individual can know them. With a company record the policy must carry the record's values; a
 * different name or address in the text is reported as a warning. The authorized organization's own address
 * (in its section or desk) is not the business's address.
 */
const parts = {
  name: { ja: '事業者の名称', en: 'the name of the business' },
  address: { ja: '住所', en: 'the address' },
  representative: { ja: '代表者の氏名', en: "the representative's name" },
} satisfies Record<string, LocalizedText>;

type Part = keyof typeof parts;

/**
 * The section's text without anything that belongs to an authorized organization. An organization's section
 * still counts for the representative: a policy's closing signature often ends up under its last heading.
 */
function ownRaw(section: CheckedSection, part: Part): string {
  if (section.kind === 'authorized_organization' && part !== 'representative') return '';
  const s = section.section;
  const ownDesks = section.desks.filter((desk) => desk.kind !== 'authorized_org');
  return [s.headingJa, s.headingEn, s.bodyJa, s.bodyEn, ...ownDesks.flatMap(deskLines)].join('\n');
}

interface Finding {
  readonly found: CheckedSection[];
  readonly differs: boolean;
  readonly evidence: Evidence[];
}

interface Searched {
  readonly section: CheckedSection;
  readonly raw: string;
  readonly compact: string;
}

function searched(sections: readonly CheckedSection[], part: Part): Searched[] {
  return sections.map((section) => {
    const raw = ownRaw(section, part);
    return { section, raw, compact: compactForMatch(raw) };
  });
}

/** The first of the section's own lines (not an authorized organization's) that passes `test`, as evidence. */
function quoteIn(entry: Searched, test: (raw: string) => boolean): Evidence[] {
  const own = entry.raw.split('\n').filter((line) => line.trim() !== '');
  const hit = entry.section.sentences.find((sentence) => own.some((line) => line.includes(sentence.raw)) && test(sentence.raw));
  return hit ? [evidenceOf(entry.section, hit)] : [];
}

// A template's blank (【未設定：representative】) states nothing: its line is not evidence of the part.
const placeholder = /【(未設定[:：]|not set:)/i;

/** The heuristic line by line, leaving out lines that carry a template's blank. */
const byLine = (test: (raw: string) => boolean) => (raw: string) => raw.split('\n').some((line) => !placeholder.test(line) && test(line));

function find(sections: readonly Searched[], recordValues: readonly (string | undefined)[], lineTest: (raw: string) => boolean): Finding {
  const heuristic = byLine(lineTest);
  const values = recordValues.map((value) => compactForMatch(value ?? '')).filter((value) => value !== '');
  if (values.length > 0) {
    const exact = sections.filter((entry) => values.some((value) => entry.compact.includes(value)));
    if (exact.length > 0) {
      const test = (raw: string) => values.some((value) => compactForMatch(raw).includes(value));
      // A value split over lines (name, then address) is matched on the section; the quote then falls back to the line the heuristic finds.
      const quoted = exact.flatMap((entry) => quoteIn(entry, test));
      const evidence = quoted.length > 0 ? quoted : exact.flatMap((entry) => quoteIn(entry, heuristic));
      return { found: exact.map((entry) => entry.section), differs: false, evidence: evidence.slice(0, 1) };
    }
  }
  const loose = sections.filter((entry) => heuristic(entry.raw));
  return {
    found: loose.map((entry) => entry.section),
    differs: values.length > 0 && loose.length > 0,
    evidence: loose.flatMap((entry) => quoteIn(entry, heuristic)).slice(0, 1),
  };
}

/** Sections that name other companies (tool vendors, joint users, recipients abroad), not the business. */
const otherParties = new Set(['external_transmission', 'cookies', 'cross_border', 'joint_use', 'outsourcing']);

function isCorporation(company: CheckerCompany | undefined): boolean {
  if (company?.isCorporation !== undefined) return company.isCorporation;
  const name = normalizeForMatch(`${company?.legalNameJa ?? ''} ${company?.legalNameEn ?? ''}`).trim();
  return name === '' || matchesAny(name, cues.corporation);
}

const differsMessages: Record<Part, LocalizedText> = {
  name: {
    ja: 'ポリシーに事業者名らしき記載はありますが、事業者情報の名称と一致しません。表記を確認してください。',
    en: 'The policy names a business, but not as the company record does. Check the spelling.',
  },
  address: {
    ja: 'ポリシーに住所の記載はありますが、事業者情報の住所と一致しません。移転や表記の違いがないか確認してください。',
    en: 'The policy gives an address, but not the one in the company record. Check for a move or a different spelling.',
  },
  representative: {
    ja: 'ポリシーに代表者の記載はありますが、事業者情報の代表者名と一致しません。代表者の交代がないか確認してください。',
    en: "The policy names a representative, but not the one in the company record. Check whether the representative has changed.",
  },
};

export function checkBusinessIdentity(doc: CheckedDocument, company: CheckerCompany | undefined): RuleResult {
  const own = doc.sections.filter((section) => !otherParties.has(section.kind));
  const findings: Partial<Record<Part, Finding>> = {
    name: find(searched(own, 'name'), [company?.legalNameJa, company?.legalNameEn], (raw) => findCompanyNames(raw).length > 0),
    address: find(searched(doc.sections, 'address'), [company?.addressJa, company?.addressEn], hasAddress),
  };
  if (isCorporation(company)) {
    findings.representative = find(searched(doc.sections, 'representative'), [company?.representativeNameJa, company?.representativeNameEn], (raw) =>
      matchesAny(normalizeForMatch(raw), cues.representative),
    );
  }
  const entries = Object.entries(findings) as [Part, Finding][];
  const missing = entries.filter(([, finding]) => finding.found.length === 0).map(([part]) => parts[part]);
  const warnings: CheckerWarning[] = entries
    .filter(([, finding]) => finding.differs)
    .map(([part, finding]) => warning(`identity-${part}-differs`, differsMessages[part], finding.found[0]?.id ?? null));
  const found = entries.flatMap(([, finding]) => finding.found);
  const evidence = entries.flatMap(([, finding]) => finding.evidence);
  if (missing.length === 0) {
    const message =
      findings.representative === undefined
        ? { ja: '事業者の名称及び住所が記載されています。', en: 'The name and address of the business are stated.' }
        : { ja: '事業者の名称、住所及び代表者の氏名が記載されています。', en: "The name, address and representative's name of the business are stated." };
    return ruleResult('business-identity', 'met', message, found, warnings, { evidence });
  }
  const list = listOf(missing);
  return ruleResult(
    'business-identity',
    'missing',
    {
      ja: `${list.ja}が見つかりません。法人は名称、住所及び代表者の氏名を本人が知り得る状態に置く必要があります。`,
      en: `Not found: ${list.en}. A corporation must make its name, address and representative's name available to individuals.`,
    },
    found,
    warnings,
    {
      evidence,
      lookedFor: {
        ja: `探したもの：${list.ja}（事業者情報の値、または会社名・住所（都道府県の有無を問わない）・代表者の肩書を含む行）。認定個人情報保護団体の住所は数えません。`,
        en: `Looked for ${list.en} (the company record's values, or a line with a company name, an address with or without its prefecture, or a representative's title). An authorized organization's address does not count.`,
      },
    },
  );
}
