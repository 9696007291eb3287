import { headingCueScore } from './classify';
import { shapeOf, type NumberStyle, type SourceLine } from './lines';

/**
 * Which lines are headings. Real policies use one of a few schemes: 第N条 articles, markdown #, numbered
 * headings (1. / （1） / ①), marked lines (【…】, ■…) or plain short title lines. When a document uses
 * articles or markdown, numbered lines inside them are paragraphs, not headings. Numbered lines count as
 * headings only in the document's top numbering style and only when they read like titles; a numbered list
 * that follows a heading or a list intro ("the following purposes:") is that section's content.
 */
const TITLE_THRESHOLD = 3;

function nextNonBlank(lines: readonly SourceLine[], from: number): SourceLine | undefined {
  for (let i = from + 1; i < lines.length; i++) if (!lines[i]?.blank) return lines[i];
  return undefined;
}

function previousNonBlank(lines: readonly SourceLine[], from: number): SourceLine | undefined {
  for (let i = from - 1; i >= 0; i--) if (!lines[i]?.blank) return lines[i];
  return undefined;
}

/** Whether a numbered line's text reads like a title (short, not a sentence). */
function numberedTitle(line: SourceLine): boolean {
  const rest = line.numbering?.rest.normalize('NFKC').trim() ?? '';
  if (rest === '' || line.terminal || line.continues || line.contact || line.dated) return false;
  const ja = /[\u3040-\u30FF\u3400-\u9FFF]/.test(rest);
  return ja ? rest.length <= 50 : rest.length <= 100 && rest.split(/\s+/).length <= 15;
}

/** Score of a plain short line as a title, from its neighbours and its words. */
function titleScore(lines: readonly SourceLine[], i: number): number {
  const line = lines[i];
  if (!line?.shortPlain || /(ため|こと|など|等)$/.test(line.norm)) return 0;
  const previousLine = lines[i - 1];
  const previous = previousNonBlank(lines, i);
  const next = nextNonBlank(lines, i);
  const adjacentPrevious = previousLine !== undefined && !previousLine.blank;
  let score = 0;
  if (!previous || !adjacentPrevious || previous.terminal) score += 1;
  const nextShape = shapeOf(next);
  if (nextShape === 'body' || nextShape === 'list') score += 2;
  if (nextShape === 'contact') score += 1;
  if (nextShape === 'short') score -= 3;
  const cue = headingCueScore(line.text);
  // Right after another short line it is probably the next list item — unless it names a topic and a
  // paragraph follows (「…のため」 items, then 「第三者提供」 and its text).
  if (adjacentPrevious && previous?.shortPlain) score -= cue >= 4 && nextShape === 'body' ? 1 : 3;
  if (previous?.listIntro && adjacentPrevious) score -= 2;
  score += cue >= 4 ? 2 : cue >= 1 ? 1 : 0;
  return score;
}

const markdownLevel = (line: SourceLine) => /^#+/.exec(line.text)?.[0].length ?? 0;

/**
 * Sub-headings stay in their article: between the document's own numbered headings (第N条, the top "1." /
 * （1） style used at least twice, or the markdown level its sections use), a heading of any other shape —
 * 【…】, ■…, a plain title line, a deeper ### — is part of the article above it, as in the source, not an article
 * of its own (which would shift every number after it). Headings before the first numbered one (the title, a
 * preamble) and after the last one (附則, an appendix, the contact block) stay unnumbered sections of their own.
 */
function withoutSubHeadings(lines: readonly SourceLine[], headings: Set<number>, scheme: string, topStyle: NumberStyle | null): Set<number> {
  const found = [...headings].sort((a, b) => a - b).map((index) => lines[index]!);
  let isTop: (line: SourceLine) => boolean;
  if (scheme === 'articles') isTop = (line) => line.article;
  else if (scheme === 'markdown') {
    const counts = new Map<number, number>();
    for (const line of found) counts.set(markdownLevel(line), (counts.get(markdownLevel(line)) ?? 0) + 1);
    const sectionLevel = Math.min(...[...counts].filter(([, count]) => count >= 2).map(([level]) => level));
    isTop = (line) => markdownLevel(line) <= sectionLevel;
  } else {
    const numbered = found.filter((line) => topStyle !== null && line.numbering?.style === topStyle);
    if (numbered.length < 2) return headings;
    isTop = (line) => line.numbering?.style === topStyle;
  }
  const first = found.find(isTop);
  const last = found.findLast(isTop);
  if (!first || !last) return headings;
  const kept = found.filter((line) => line.index < first.index || line.index > last.index || isTop(line));
  // A heading after the last article that is a sub-heading in form (a deeper ###, （1） under 1.) stays in it.
  return new Set(kept.filter((line) => line.index <= last.index || !(scheme === 'markdown' || line.numbering)).map((line) => line.index));
}

export function findHeadings(lines: readonly SourceLine[]): Set<number> {
  const headings = new Set<number>();
  const articles = lines.filter((line) => line.article).length;
  const markdown = lines.filter((line) => line.markdown).length;
  const scheme = markdown >= 2 ? 'markdown' : articles >= 2 ? 'articles' : 'free';

  let topStyle: NumberStyle | null = null;
  let child: { style: NumberStyle; next: number } | null = null;
  let bodySinceHeading = 0;
  let lastHeading: number | null = null;
  let firstContent = true;
  let documentTitle: number | null = null;

  const open = (index: number) => {
    headings.add(index);
    lastHeading = index;
    bodySinceHeading = 0;
    child = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.blank) continue;
    const isFirst = firstContent;
    firstContent = false;

    if (line.markdown || line.article) {
      open(i);
      continue;
    }
    if (scheme === 'markdown') {
      bodySinceHeading++;
      continue;
    }
    if (line.marked && !line.indented) {
      open(i);
      continue;
    }
    const numbering = line.numbering;
    if (numbering && scheme === 'free' && !line.indented) {
      const current: { style: NumberStyle; next: number } | null = child;
      if (current && current.style === numbering.style && numbering.value === current.next) {
        current.next++;
        bodySinceHeading++;
        continue;
      }
      const next = nextNonBlank(lines, i);
      const previous = previousNonBlank(lines, i);
      // A run of consecutive numbered lines with nothing between them is a list.
      const listRun = next?.numbering?.style === numbering.style && next.numbering.value === numbering.value + 1 && next.index === i + 1;
      if (listRun) {
        child = { style: numbering.style, next: numbering.value + 1 };
        bodySinceHeading++;
        continue;
      }
      if (numberedTitle(line)) {
        // Right under a heading (not the document's title) and followed by short items: that heading's list.
        const afterHeading = lastHeading !== null && lastHeading !== documentTitle && bodySinceHeading === 0;
        if ((previous?.listIntro || (afterHeading && shapeOf(next) !== 'body')) && numbering.value === 1) {
          child = { style: numbering.style, next: 2 };
          bodySinceHeading++;
          continue;
        }
        if (topStyle === null || topStyle === numbering.style) {
          topStyle = numbering.style;
          open(i);
          continue;
        }
      }
      bodySinceHeading++;
      continue;
    }
    if (isFirst && line.shortPlain) {
      documentTitle = i;
      open(i);
      continue;
    }
    if (titleScore(lines, i) >= TITLE_THRESHOLD) {
      open(i);
      continue;
    }
    bodySinceHeading++;
  }
  return withoutSubHeadings(lines, headings, scheme, topStyle);
}
