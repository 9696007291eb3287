import type { ReportItemField } from '../../../../shared/domain/incident';
import type { IncidentDetail } from '../../../../shared/domain/incident';
import { dataItemCatalog } from '../../../../shared/domain/incident-items';
import type { Inline, Lang } from '../model';
import { given, joinList, lines, withCommas } from './text';
import { words } from './words';

/**
 * The nine items of Rule Art. 8(1), in the article's order: their labels (the article's wording, used by the report
 * to the PPC too) and, for the internal summary, what the record holds for each — items 2 and 3 print the structured
 * facts before the user's own text, and an empty item is marked 未記入 there, so the manager sees what is missing.
 * The report to the PPC itself never prints 未記入: it says its gaps as 調査中 / 確認中 (ppc-report.ts).
 */
export const reportItemLabels: Record<ReportItemField, { ja: string; en: string }> = {
  reportOverview: { ja: '概要', en: 'Overview' },
  reportItems: {
    ja: '漏えい等が発生し、又は発生したおそれがある個人データの項目',
    en: 'Items of personal data leaked, lost or damaged (or possibly so)',
  },
  reportIndividuals: {
    ja: '漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数',
    en: 'Number of individuals whose personal data is concerned',
  },
  reportCause: { ja: '原因', en: 'Cause' },
  reportSecondaryDamage: { ja: '二次被害又はそのおそれの有無及びその内容', en: 'Secondary damage or its risk, and what it is' },
  reportResponse: { ja: '本人への対応の実施状況', en: 'Response to the individuals' },
  reportPublication: { ja: '公表の実施状況', en: 'Public announcement' },
  reportPrevention: { ja: '再発防止のための措置', en: 'Measures to prevent recurrence' },
  reportOther: { ja: 'その他参考となる事項', en: 'Other reference matters' },
};

/** The data items as running text: the catalogue's labels, then the free items. */
export function dataItemsText(incident: IncidentDetail, lang: Lang): Inline {
  const items = [...incident.dataItems.map((code) => dataItemCatalog[code].label[lang]), ...incident.otherDataItems];
  if (items.length === 0) return given('');
  const text = joinList(items, lang);
  // The catalogue's English labels are lower case for running text; a list standing alone starts with a capital.
  return lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

export function individualsText(incident: IncidentDetail, lang: Lang): Inline {
  const w = words(lang);
  if (incident.individualsKind === 'unknown' || incident.individuals === null) return given('');
  const count = withCommas(incident.individuals);
  const main = incident.individualsKind === 'exact' ? w.people(count) : w.about(count);
  const bound = incident.individualsUpperBound !== null ? w.upTo(withCommas(incident.individualsUpperBound)) : '';
  return `${main}${bound}`;
}

function sensitiveLine(incident: IncidentDetail, lang: Lang): string {
  const value = incident.facts.sensitive;
  return words(lang).sensitiveLine[value === null ? 'null' : value ? 'true' : 'false'];
}

/** What the report prints for one item. */
export function reportItemValue(incident: IncidentDetail, field: ReportItemField, lang: Lang): Inline {
  const own = incident[field].trim();
  if (field === 'reportItems') return lines([dataItemsText(incident, lang), sensitiveLine(incident, lang), own]);
  if (field === 'reportIndividuals') {
    const count = individualsText(incident, lang);
    // The user's own words alone when the count is unknown: no 未記入 beside an explanation.
    return own && typeof count !== 'string' ? own : lines([count, own]);
  }
  return given(own);
}
