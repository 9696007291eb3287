import { describe, expect, it } from 'vitest';
import { hasStructuredData } from '../../../shared/policy/checker/document';
import { section } from './helpers';

describe('a joint-use section counts as stated by any of its Art. 27(5)(iii) fields', () => {
  it.each([
    'jointItemsJa',
    'jointUsersEn',
    'jointPurposesJa',
    'jointPurposesEn',
    'responsibleNameJa',
    'responsibleAddressJa',
    'responsibleAddressEn',
    'responsibleRepresentativeJa',
    'responsibleRepresentativeEn',
  ] as const)('%s alone', (field) => {
    expect(hasStructuredData(section('joint_use', { [field]: '記載あり' }))).toBe(true);
  });

  it('and not when every field is blank', () => {
    expect(hasStructuredData(section('joint_use', { jointItemsJa: '  ' }))).toBe(false);
  });
});
