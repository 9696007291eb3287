import { describe, expect, it } from 'vitest';
import { call } from '../core/helpers';
import { policyCore } from '../policies/helpers';

/** Issue 14 item 5 through the core: policies.check reads the company's inventory and warns of what the policy omits. */
describe('policies.check against the inventory', () => {
  it('warns of an inventory purpose and of joint use the policy does not state, naming the entries', async () => {
    const { core, company } = await policyCore();
    const policy = await call(core, 'policies.create', { companyId: company.id, templateId: 'manufacturer', requestFeeYen: 1000, effectiveOn: '2026-04-01' });
    const before = await call(core, 'policies.check', { policyId: policy.id });
    const codes = (result: typeof before) => result.rules.flatMap((rule) => rule.warnings.map((warning) => warning.code));
    expect(codes(before).filter((code) => code.startsWith('inventory-'))).toEqual([]);

    await call(core, 'inventory.create', {
      companyId: company.id,
      entryName: '健康診断結果',
      subjects: ['employees'],
      heldItems: ['name', 'healthCheck'],
      purposes: ['産業医による健康管理'],
      acquisition: 'third_party',
      storageMedium: 'paper',
      jointUse: true,
      jointUseNote: 'グループ会社の健康保険組合と共同利用',
    });
    const after = await call(core, 'policies.check', { policyId: policy.id });
    const purposes = after.rules.find((rule) => rule.id === 'purposes')?.warnings.find((w) => w.code === 'inventory-purpose-unstated');
    expect(purposes?.message.ja).toContain('「産業医による健康管理」');
    expect(purposes?.message.ja).toContain('「健康診断結果」');
    const jointUse = after.rules.find((rule) => rule.id === 'joint-use');
    // The manufacturer template states no joint use: the inventory's is warned.
    expect(after.facts.jointUse.value).toBe(false);
    expect(jointUse?.warnings.map((w) => w.code)).toContain('inventory-joint-use-unstated');
  });
});
