import type { PolicySection } from './model';
import { compactForMatch, matchesAny, normalizeForMatch } from './text';
import type { Lang } from './vocabulary';

/**
 * Whether the policy's own text already carries a signature in `lang` — an article whose last lines name the
 * representative (「株式会社 GFD／代表取締役 横溝 芳郎」, "Yoshihito Nishida, President and Representative Director"),
 * as an imported policy often does at its end or under its basic policy (基本方針). The export then prints no
 * signature of its own, so the signature appears once, as the company wrote it. Lines with a colon (「代表者：…」)
 * state the business's identity, not a signature.
 */
const representativeWords = [/代表取締役|代表執行役|代表理事|代表社員|代表者|取締役社長|(?<!副)社長/, /(?<![a-z])ceo(?![a-z])|chief executive|president|representative director|managing director/];
const TRAILING_LINES = 4;

export function signedInText(sections: readonly PolicySection[], lang: Lang, representativeNames: readonly string[] = []): boolean {
  const names = representativeNames.map(compactForMatch).filter((name) => name.length >= 2);
  const isSignatureLine = (line: string) => {
    const norm = normalizeForMatch(line);
    if (norm.length > 80 || /[:：]/.test(norm)) return false;
    return matchesAny(norm, representativeWords) || names.some((name) => compactForMatch(line).includes(name));
  };
  return sections.some((section) =>
    (lang === 'ja' ? section.bodyJa : section.bodyEn)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .slice(-TRAILING_LINES)
      .some(isSignatureLine),
  );
}
