import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { assess, type Assessment } from '../../../shared/appi/assess';
import { breachFactsSchema } from '../../../shared/appi/breach-facts';
import { deadlineStatus, type DeadlineStatus } from '../../../shared/appi/deadline-status';
import { isoInstant } from '../../../shared/appi/japan-time';
import { checkOrder } from '../../../shared/domain/incident';
import { assertNotFuture, instantText } from '../../../shared/domain/incident-clock';
import { parseOrThrow } from '../../../shared/validation/issues';
import { cliNow } from '../clock';
import { exitCodes, type Command } from '../command';
import { badOption, parseOptions } from '../options';

/**
 * The incident as the file describes it: when the business knew, and the facts the Rule Art. 7 triggers read —
 * in an order that can be true (an entrustor is not notified before the business knew), checked as the app does.
 */
const assessFile = breachFactsSchema.extend({ knownAt: isoInstant }).superRefine(checkOrder);

const verdictText = {
  yes: { ja: '報告が必要です', en: 'must report' },
  no: { ja: '報告は不要です', en: 'need not report' },
  undetermined: { ja: 'まだ判断できません', en: 'cannot decide yet' },
} as const;

function readJson(file: string): unknown {
  const resolved = path.resolve(file);
  let text: string;
  try {
    text = readFileSync(resolved, 'utf8');
  } catch {
    throw badOption('FILE', { ja: `ファイルを読み込めません（${resolved}）。`, en: `cannot read the file (${resolved}).` });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw badOption('FILE', {
      ja: `JSONとして読み取れません（${(error as Error).message}）。`,
      en: `not valid JSON (${(error as Error).message}).`,
    });
  }
}

/**
 * Where each statutory deadline stands on the clock (APPI_WORKBENCH_CLOCK moves it): the 速報 against its outer
 * limit (day 5), the 確報 against its due date — as the app's chips rate them.
 */
function statusesOf(result: Assessment, now: Date) {
  if (!result.preliminary || !result.final) return null;
  const plain = (status: DeadlineStatus) => ({ kind: status.kind, days: 'days' in status ? status.days : 0, label: status.label });
  return {
    asOf: now.toISOString(),
    preliminaryLimit: plain(deadlineStatus({ due: result.preliminary.limit, now })),
    final: plain(deadlineStatus({ due: result.final.due, now })),
  };
}

/**
 * The entrustee route (APPI Art. 26(1) proviso; Rule Art. 9): null when we are not the entrustee; else whether the
 * notice to the entrustor relieved us (only by day 5, counted like the 速報), on which day it went out, and why.
 */
function entrusteeJson(result: Assessment) {
  const route = result.entrustee;
  if (!route) return null;
  return { relieved: route.relieved, notifiedOnDay: route.notifiedOnDay, reason: route.reason };
}

/** The machine-readable answer; the field names are documented in the README. */
function toJson(result: Assessment, now: Date) {
  return {
    reportable: result.reportable,
    triggers: result.triggers,
    exemption: result.exemption,
    preliminary: result.preliminary,
    final: result.final,
    missing: result.missing,
    entrustee: entrusteeJson(result),
    knownOn: result.knownOn,
    bases: result.bases && {
      preliminaryTarget: result.bases.preliminaryTarget.text,
      preliminaryLimit: result.bases.preliminaryLimit.text,
      final: result.bases.final.text,
    },
    statuses: statusesOf(result, now),
    reasons: result.reasons.map((r) => ({ topic: r.topic, status: r.status, reason: r.reason, citations: r.citations })),
    citations: result.citations,
  };
}

function toText(result: Assessment, now: Date): string {
  const verdict = verdictText[result.reportable];
  const lines = [`判定 / Verdict: ${verdict.ja} / ${verdict.en}`];
  const statuses = statusesOf(result, now);
  lines.push(`該当事由 / Triggers: ${result.triggers.length > 0 ? result.triggers.join(', ') : '—'}`);
  lines.push(`適用除外 / Exemption: ${result.exemption ?? '—'}`);
  // Who reports when we are the entrustee; the reasons below say why (the notice, then the verdict).
  if (result.entrustee) {
    const duty = result.entrustee.relieved
      ? '委託元への通知により免除 / relieved by the notice to the entrustor'
      : result.reportable === 'no'
        ? '報告対象外 / not reportable'
        : '当社も報告・通知が必要 / we report and notify ourselves';
    lines.push(`委託先 / Entrustee: ${duty}`);
  }
  if (result.bases) {
    lines.push(`速報の目安 / Preliminary target: ${result.bases.preliminaryTarget.text.ja}`);
    lines.push(`  ${result.bases.preliminaryTarget.text.en}`);
    lines.push(`速報の上限 / Preliminary limit: ${result.bases.preliminaryLimit.text.ja}`);
    lines.push(`  ${result.bases.preliminaryLimit.text.en}`);
    lines.push(`確報の期限 / Final report due: ${result.bases.final.text.ja}`);
    lines.push(`  ${result.bases.final.text.en}`);
  }
  if (statuses) {
    const at = instantText(now);
    const { preliminaryLimit: p, final: f } = statuses;
    lines.push(`現在（${at.ja}） / As of ${at.en}: 速報 ${p.label.ja}・確報 ${f.label.ja} / preliminary ${p.label.en}, final ${f.label.en}`);
  }
  for (const reason of result.reasons) lines.push(`- ${reason.reason.ja}\n  ${reason.reason.en}`);
  lines.push(`根拠 / Citations: ${result.citations.map((c) => c.ja).join('、')}`);
  return lines.join('\n');
}

export const assessCommand: Command = {
  name: 'assess',
  usage: 'assess FILE.json [--json]',
  summary: {
    ja: '漏えい等事案の報告要否（施行規則第7条）と速報・確報の期限を判定',
    en: 'Assess whether a breach must be reported (Rule Art. 7) and its report deadlines',
  },
  async run(argv, io) {
    const file = argv.find((arg) => !arg.startsWith('-'));
    const options = parseOptions(
      argv.filter((arg) => arg !== file),
      { json: { type: 'boolean' } },
    );
    if (file === undefined) throw badOption('FILE', { ja: '判定する事案のJSONファイルを指定してください。', en: 'name the JSON file describing the incident.' });
    const input = parseOrThrow(assessFile, readJson(file));
    const { knownAt, ...facts } = input;
    const now = cliNow();
    // A moment of knowing after the clock cannot be true: refused like in the app, naming knownAt.
    assertNotFuture(input, now, ['knownAt', 'entrustorNotifiedAt']);
    // A date past the holiday data is an AppError naming knownAt: reported like any bad input.
    const result = assess(facts, knownAt);
    io.out(options.json ? JSON.stringify(toJson(result, now), null, 2) : toText(result, now));
    return exitCodes.ok;
  },
};

export type AssessFile = z.input<typeof assessFile>;
