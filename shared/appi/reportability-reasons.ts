import type { LocalizedText } from '../errors';
import { factLabels, type FactName } from './breach-facts';
import { parseIsoDate, type IsoDate } from './civil-date';
import { ruleParameters } from './rule-parameters';

/**
 * The short reasons the reportability rules give, in です・ます and plain English. Kept apart from the logic so
 * the wording can be reviewed (and corrected) in one place.
 */
export type Trigger = 'sensitive' | 'financialRisk' | 'wrongfulPurpose' | 'volume';

/** Thousands separators without Intl, so the text is the same on every machine ("1,000"). */
export function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const threshold = () => withCommas(ruleParameters.volumeThreshold.value);

export const triggerNames: Record<Trigger, LocalizedText> = {
  sensitive: { ja: '要配慮個人情報', en: 'sensitive personal information' },
  financialRisk: { ja: '財産的被害のおそれ', en: 'risk of financial loss' },
  wrongfulPurpose: { ja: '不正の目的のおそれ', en: 'possible wrongful purpose' },
  volume: { ja: `${threshold()}人超`, en: `more than ${threshold()} individuals` },
};

const t = (ja: string, en: string): LocalizedText => ({ ja, en });

/** 2024年4月1日 / April 1, 2024 — one formatter (ui-guide "Dates"), read in UTC so the host zone cannot shift it. */
export function longDate(date: IsoDate): LocalizedText {
  const { year, month, day } = parseIsoDate(date);
  const instant = new Date(Date.UTC(year, month - 1, day));
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(instant);
  return { ja: format('ja-JP'), en: format('en-US') };
}

const acquiringSince = longDate(ruleParameters.wrongfulPurposeAcquiringSince.value);
const wrongfulDays = ruleParameters.finalDaysWrongfulPurpose.value;

export const triggerReasons = {
  sensitive: {
    holds: t(
      '要配慮個人情報を含む個人データの漏えい等（おそれを含む）です。人数にかかわらず報告対象です。',
      'Sensitive personal information is involved (or may be). Reportable whatever the number of people.',
    ),
    notHeld: t('要配慮個人情報は含まれていません。', 'No sensitive personal information is involved.'),
    unknown: t('要配慮個人情報が含まれるかは未確認です。', 'Not yet known whether sensitive personal information is involved.'),
  },
  financialRisk: {
    holds: t(
      '不正に利用されると財産的被害が生じるおそれがある個人データ（クレジットカード番号、ネットバンキングのID・パスワード等）です。人数にかかわらず報告対象です。',
      'Data whose misuse could cause financial loss (card numbers, online-banking IDs and passwords, …). Reportable whatever the number of people.',
    ),
    notHeld: t('財産的被害が生じるおそれがある個人データではありません。', 'No data whose misuse could cause financial loss.'),
    unknown: t('財産的被害が生じるおそれがあるかは未確認です。', 'Not yet known whether misuse could cause financial loss.'),
  },
  wrongfulPurpose: {
    holds: t(
      `不正の目的をもって行われたおそれがある漏えい等（不正アクセス、マルウェア、盗難、従業員による持ち出し等）です。人数にかかわらず報告対象で、確報の期限は${wrongfulDays}日です。`,
      `May have been caused by an act with a wrongful purpose (unauthorized access, malware, theft, an employee taking data out). Reportable whatever the number of people; the final report is due in ${wrongfulDays} days.`,
    ),
    holdsAcquiring: t(
      `不正の目的をもって行われたおそれがある漏えい等です。${acquiringSince.ja}施行の改正により、取得し、又は取得しようとしている個人情報で、個人データとして取り扱う予定のものも対象です。確報の期限は${wrongfulDays}日です。`,
      `May have been caused by an act with a wrongful purpose. Since the amendment in force ${acquiringSince.en} this also covers personal information being acquired to be handled as personal data. The final report is due in ${wrongfulDays} days.`,
    ),
    notHeld: t('不正の目的によるものではありません。', 'Not caused by an act with a wrongful purpose.'),
    unknown: t('不正の目的によるおそれがあるかは未確認です。', 'Not yet known whether a wrongful purpose may be behind it.'),
  },
};

/** Triggers (i), (ii) and (iv) speak of personal data only; since 2024 only (iii) reaches information being acquired. */
export const onlyPersonalData = t(
  '取得中の個人情報のみが対象のため、この類型（個人データが対象）には当たりません。',
  'Only personal information being acquired is involved; this trigger covers personal data only.',
);

export const personalDataUnknown = (trigger: Trigger): LocalizedText => ({
  ja: `${triggerNames[trigger].ja}に当たりますが、個人データか取得中の個人情報かが未確認です。`,
  en: `Would be ${triggerNames[trigger].en}, but it is not yet known whether personal data (rather than information being acquired) is involved.`,
});

/** Rule Art. 7(iv) read with GL 3-5-3-1(4): which number was compared, and why. */
const largestRule = t(
  '本人の数が確定できないときは最大の人数で判断します。',
  'While the count cannot be settled, the largest number that may be affected decides.',
);
const join = (a: LocalizedText, b: LocalizedText): LocalizedText => ({ ja: a.ja + b.ja, en: `${a.en} ${b.en}` });

export const volumeReasons = {
  /** An exact count decides by itself; a larger cap left over from the investigation is not used. */
  exact: (n: number, cap: number | null) => {
    const over = n > ruleParameters.volumeThreshold.value;
    const base = over
      ? t(`本人の数は${withCommas(n)}人（確定）で、${threshold()}人を超えます。`, `${withCommas(n)} individuals (exact): more than ${threshold()}.`)
      : t(`本人の数は${withCommas(n)}人（確定）で、${threshold()}人以下です。`, `${withCommas(n)} individuals (exact): not more than ${threshold()}.`);
    if (cap === null || cap <= n) return base;
    return join(
      base,
      t(
        `確定した人数で判断するため、上限（${withCommas(cap)}人）は用いません。`,
        `The exact count decides; the upper bound (${withCommas(cap)}) is not used.`,
      ),
    );
  },
  /** A count nobody said is exact or estimated, without a cap: the number as given. */
  given: (n: number) =>
    n > ruleParameters.volumeThreshold.value
      ? t(`本人の数が${withCommas(n)}人で、${threshold()}人を超えています。`, `${withCommas(n)} individuals: more than ${threshold()}.`)
      : t(`本人の数は${withCommas(n)}人で、${threshold()}人以下です。`, `${withCommas(n)} individuals: not more than ${threshold()}.`),
  /** An estimate above the threshold: the largest number is at least that. */
  estimateOver: (n: number) =>
    t(`本人の数は推計${withCommas(n)}人で、${threshold()}人を超えます。`, `An estimate of ${withCommas(n)} individuals: more than ${threshold()}.`),
  /** The largest number that may be affected is above the threshold. */
  largestOver: (n: number | null, estimated: boolean, largest: number) =>
    join(
      n === null
        ? t(
            `本人の数は確定していませんが、漏えい等のおそれがある本人は最大${withCommas(largest)}人で、${threshold()}人を超えます。`,
            `The count is not settled, but up to ${withCommas(largest)} individuals may be affected: more than ${threshold()}.`,
          )
        : t(
            `本人の数は${estimated ? '推計' : ''}${withCommas(n)}人ですが、漏えい等のおそれがある本人は最大${withCommas(largest)}人で、${threshold()}人を超えます。`,
            `${estimated ? 'An estimate of ' : ''}${withCommas(n)} individuals, but up to ${withCommas(largest)} may be affected: more than ${threshold()}.`,
          ),
      largestRule,
    ),
  /** The largest number that may be affected is not above the threshold. */
  largestNotOver: (n: number | null, estimated: boolean, largest: number) =>
    join(
      n === null
        ? t(
            `本人の数は確定していませんが、最大でも${withCommas(largest)}人のため、${threshold()}人を超えません。`,
            `The count is not settled, but at most ${withCommas(largest)} individuals may be affected: not more than ${threshold()}.`,
          )
        : t(
            `本人の数は${estimated ? '推計' : ''}${withCommas(n)}人で、最大でも${withCommas(largest)}人のため、${threshold()}人を超えません。`,
            `${estimated ? 'An estimate of ' : ''}${withCommas(n)} individuals, at most ${withCommas(largest)}: not more than ${threshold()}.`,
          ),
      largestRule,
    ),
  /** An estimate at or below the threshold with no known maximum: the maximum decides and is not known. */
  estimateOpen: (n: number) =>
    join(
      t(
        `本人の数は推計${withCommas(n)}人ですが、最大で何人に及ぶかが未確認です。`,
        `An estimate of ${withCommas(n)} individuals, but not yet known how many may be affected at most.`,
      ),
      t(
        `本人の数が確定できないときは最大の人数で判断するため、最大の人数が${threshold()}人を超えるかを確認してください。`,
        `While the count cannot be settled, the largest number decides: find out whether it is more than ${threshold()}.`,
      ),
    ),
  open: t('本人の数も、最大で何人に及ぶかも未確認です。', 'Neither the number of individuals nor the most who may be affected is known yet.'),
};

export const exemptionReasons = {
  applies: t(
    '高度な暗号化等の措置が講じられ、鍵は漏えいしていないため、報告・通知の対象外です（事案は記録してください）。',
    'Protected by high-level encryption and the key did not leak: not reportable (still record the incident).',
  ),
  keyLeaked: t(
    '高度な暗号化等の措置が講じられていましたが、鍵も漏えいしたため除外されません。',
    'Encrypted, but the key leaked too: the exemption does not apply.',
  ),
  none: t('高度な暗号化等の措置は講じられていません。', 'No high-level encryption protected the data.'),
  keyUnknown: t('高度な暗号化等の措置が講じられていますが、鍵が漏えいしたかは未確認です。', 'Encrypted, but not yet known whether the key leaked.'),
  unknown: t('高度な暗号化等の措置が講じられていたかは未確認です。', 'Not yet known whether high-level encryption protected the data.'),
};

export const certaintyReasons = {
  suspected: t(
    '漏えい等のおそれ（疑い）の段階ですが、確定した場合と同じく判断します。',
    'Suspected, not confirmed: a suspected breach counts the same as a confirmed one.',
  ),
  confirmed: t('漏えい等が確認されています。', 'The breach is confirmed.'),
  unknown: t('漏えい等が確定していなくても、おそれがあれば同じく判断します。', 'Whether confirmed or only suspected, the assessment is the same.'),
};

const list = (names: readonly LocalizedText[]): LocalizedText => ({
  ja: names.map((n) => n.ja).join('、'),
  en: names.map((n) => n.en).join(', '),
});

/** Art. 41(9): pseudonymised information that is personal information is outside Art. 26. */
export const pseudonymisedReasons = {
  applies: t(
    '漏えい等の対象は仮名加工情報（個人情報であるもの）のみです。仮名加工情報である個人データには法第26条（報告・本人通知）が適用されません。削除情報等や元の個人データも漏えいした場合は、この限りではありません。',
    'Only pseudonymised information (that is personal information) is involved: APPI Art. 26 (report and notice) does not apply to it. This does not hold if the deleted information or the original personal data leaked too.',
  ),
  unknown: t(
    '漏えい等の対象が仮名加工情報のみかは未確認です。仮名加工情報のみであれば法第26条は適用されません。',
    'Not yet known whether only pseudonymised information is involved; if so, APPI Art. 26 does not apply.',
  ),
};

export const verdictReasons = {
  /** `duty` says who reports when we are an entrustee; otherwise we do. */
  yes: (triggers: readonly Trigger[], duty: LocalizedText | null = null) => {
    const names = list(triggers.map((tr) => triggerNames[tr]));
    const head = t(`報告対象です（${names.ja}）。`, `Reportable (${names.en}).`);
    return join(head, duty ?? t('個人情報保護委員会への報告と本人への通知が必要です。', 'Report to the PPC and notify the individuals.'));
  },
  pseudonymised: t(
    '仮名加工情報のみの漏えい等のため、報告・本人通知の対象外です（法第41条第9項）。事案は記録してください。',
    'Only pseudonymised information is involved: outside the report and notice duties (APPI Art. 41(9)). Still record the incident.',
  ),
  exempt: t(
    '高度な暗号化等の措置により報告対象外です。事案は記録してください。',
    'Not reportable thanks to high-level encryption. Still record the incident.',
  ),
  noTrigger: t(
    '報告対象となる事態に当たりません。報告は不要ですが、事案は記録してください。',
    'No trigger holds: not reportable. Still record the incident.',
  ),
  undetermined: (missing: readonly FactName[], duty: LocalizedText | null = null) => {
    const names = list(missing.map((m) => factLabels[m]));
    const base = t(
      `未確定です。次の事実を確認してください：${names.ja}。期限は把握した時点から進んでいます。`,
      `Undetermined: find out ${names.en}. The deadlines run from when you knew.`,
    );
    return duty ? join(base, t(`報告対象となる場合：${duty.ja}`, `If reportable: ${duty.en}`)) : base;
  },
};
