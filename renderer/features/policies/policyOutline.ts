import type { PolicyCheckResult } from '../../../shared/domain/policy-check';
import type { PolicySection } from '../../../shared/policy/model';
import type { OutlineEntry } from '../../components/form/FormOutline';

/**
 * The policy's articles as the outline lists them: each under the heading the editor shows, with what the checker
 * says about it — required matters missing that name the article count as errors, warnings about it and missing
 * recommended matters as warnings. A rule missing with no article named concerns the whole policy: the checker
 * panel lists it, the outline cannot place it. Articles the checker has nothing against carry no mark.
 */
export function policyOutline(sections: readonly PolicySection[], headings: readonly string[], check: PolicyCheckResult | undefined): OutlineEntry[] {
  return sections.map((section, index) => {
    let errors = 0;
    let warnings = 0;
    for (const rule of check?.rules ?? []) {
      if (rule.status === 'missing' && rule.sectionIds.includes(section.id)) {
        if (rule.level === 'required') errors += 1;
        else warnings += 1;
      }
      warnings += rule.warnings.filter((warning) => warning.sectionId === section.id).length;
    }
    return { id: `section-${section.id}`, label: headings[index] ?? '', errors, warnings, state: 'none' };
  });
}
