import { describe, expect, it } from 'vitest';
import { checkPolicy, type CheckerInventory, type RuleResult } from '../../../shared/policy/checker';
import { ja } from './helpers';

/**
 * Issue 14 item 5: the checker warns when the company's inventory holds purposes of use, joint use or provision
 * abroad that the policy does not state — naming the inventory entries — and stays silent when it states them.
 */
const purposes = ja('purposes_of_use', '第1条（利用目的）', '当社は、個人情報を次の目的で利用します。\n1. ご注文商品の発送\n2. お問い合わせへの回答のため');
const none: CheckerInventory = { purposes: [], jointUse: [], abroad: [] };
const codes = (results: RuleResult[], id: string) => results.find((r) => r.id === id)?.warnings.map((w) => w.code) ?? [];

describe('the inventory against the published policy', () => {
  it('warns of a purpose the inventory holds and the policy does not state, naming the entry; stated ones (with のため or not) pass', () => {
    const inventory: CheckerInventory = {
      ...none,
      purposes: [
        { purpose: 'ご注文商品の発送のため', entryName: '通販会員情報' },
        { purpose: 'お問い合わせへの回答', entryName: '問合せ履歴' },
        { purpose: '新商品のご案内', entryName: '通販会員情報' },
      ],
    };
    const results = checkPolicy({ sections: [purposes], inventory });
    const warning = results.find((r) => r.id === 'purposes')?.warnings.find((w) => w.code === 'inventory-purpose-unstated');
    expect(warning?.message.ja).toContain('「新商品のご案内」');
    expect(warning?.message.ja).toContain('「通販会員情報」');
    expect(warning?.message.ja).not.toContain('ご注文商品の発送');
    expect(warning?.message.en).toContain('"新商品のご案内"');
  });

  it('warns of joint use and provision abroad the inventory records and the policy does not state', () => {
    const inventory: CheckerInventory = {
      purposes: [],
      jointUse: [{ entryName: 'グループ顧客情報', note: '' }],
      abroad: [{ entryName: '海外配送先情報', note: '米国の配送業者' }],
    };
    const results = checkPolicy({ sections: [purposes], inventory });
    expect(codes(results, 'joint-use')).toContain('inventory-joint-use-unstated');
    const abroad = results.find((r) => r.id === 'cross-border')?.warnings.find((w) => w.code === 'inventory-abroad-unstated');
    expect(abroad?.message.ja).toContain('海外配送先情報（米国の配送業者）');
  });

  it('says nothing more when the policy states joint use and provision abroad, or when no inventory is given', () => {
    const inventory: CheckerInventory = { purposes: [], jointUse: [{ entryName: 'グループ顧客情報', note: '' }], abroad: [{ entryName: '海外配送先情報', note: '米国' }] };
    const stated = checkPolicy({ sections: [purposes], inventory, facts: { jointUse: true, crossBorder: true } });
    expect(codes(stated, 'joint-use')).not.toContain('inventory-joint-use-unstated');
    expect(codes(stated, 'cross-border')).not.toContain('inventory-abroad-unstated');
    const without = checkPolicy({ sections: [purposes] });
    expect(without.flatMap((r) => r.warnings.map((w) => w.code)).filter((code) => code.startsWith('inventory-'))).toEqual([]);
  });
});
