import { headingTitle } from '../article-heading';
import { findEmails, findPhones } from '../extract';
import { findTools } from '../known-tools';
import { normalizeForMatch } from '../text';
import type { SectionKind } from '../vocabulary';
import { kindCues, type Cue } from './kind-cues';

/**
 * A section's kind from the scored keyword table: heading cues count double (a heading says what a section is
 * about; the body may wander), body cues count per occurrence up to three. Named tools point to external
 * transmission, contact data to contact and complaint desks. Below a minimum score the kind is `custom`.
 */
const HEADING_FACTOR = 2;
const BODY_CAP = 3;
const MIN_SCORE = 3;

export interface Classification {
  readonly kind: SectionKind;
  /** 0..1: how strong and how unambiguous the evidence is. */
  readonly confidence: number;
  readonly scores: Readonly<Partial<Record<SectionKind, number>>>;
}

type Scored = Exclude<SectionKind, 'custom'>;
const kinds = Object.keys(kindCues) as Scored[];
const globalCues = new Map<RegExp, RegExp>();

function occurrences(pattern: RegExp, text: string): number {
  let global = globalCues.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    globalCues.set(pattern, global);
  }
  global.lastIndex = 0;
  let count = 0;
  while (count < BODY_CAP && global.exec(text) !== null) count++;
  return count;
}

function headingScore(cues: readonly Cue[], heading: string): number {
  return cues.reduce((sum, [pattern, weight]) => sum + (pattern.test(heading) ? weight : 0), 0);
}

function normalizedHeading(heading: string): string {
  return normalizeForMatch(headingTitle(heading)).trim();
}

/** The strongest heading evidence for any kind (used to tell a title line from a list item). */
export function headingCueScore(heading: string): number {
  const normalized = normalizedHeading(heading);
  if (normalized === '') return 0;
  const toolScore = findTools(heading).length > 0 ? 6 : 0;
  return Math.max(toolScore, ...kinds.map((kind) => headingScore(kindCues[kind].heading, normalized)));
}

export function classifySection(heading: string, body: string): Classification {
  const normalizedTitle = normalizedHeading(heading);
  const normalizedBody = normalizeForMatch(body);
  const scores: Partial<Record<SectionKind, number>> = {};
  for (const kind of kinds) {
    const cues = kindCues[kind];
    const fromHeading = normalizedTitle === '' ? 0 : headingScore(cues.heading, normalizedTitle) * HEADING_FACTOR;
    const fromBody = cues.body.reduce((sum, [pattern, weight]) => sum + occurrences(pattern, normalizedBody) * weight, 0);
    scores[kind] = fromHeading + fromBody;
  }
  const add = (kind: Scored, points: number) => {
    scores[kind] = (scores[kind] ?? 0) + points;
  };
  if (findTools(heading).length > 0) add('external_transmission', 6 * HEADING_FACTOR);
  add('external_transmission', Math.min(2, findTools(body).length) * 3);
  if (findEmails(body).length > 0 || findPhones(body).length > 0) {
    add('contact', 2);
    add('complaint_desk', 1);
  }
  const ranked = kinds.map((kind) => [kind, scores[kind] ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0], ranked[1]];
  if (!best || best[1] < MIN_SCORE) return { kind: 'custom', confidence: 0.2, scores };
  const strength = Math.min(1, best[1] / 10);
  const margin = (best[1] - (second?.[1] ?? 0)) / best[1];
  const confidence = Math.round(Math.min(0.99, Math.max(0.05, 0.4 * strength + 0.6 * margin)) * 100) / 100;
  return { kind: best[0], confidence, scores };
}
