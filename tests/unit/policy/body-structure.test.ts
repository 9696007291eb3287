import { describe, expect, it } from 'vitest';
import { subHeadingText } from '../../../shared/policy/body-structure';

/** Sub-headings kept inside an article's body (import-numbering.test.ts) are still printed as headings. */
describe('headings inside an article body', () => {
  it.each([
    ['【取扱いの細目】', '【取扱いの細目】'],
    ['■ 例外', '■ 例外'],
    ['### From partners', 'From partners'],
    ['**Retention**', 'Retention'],
  ])('%s is a sub-heading printed as %s', (line, text) => {
    expect(subHeadingText(line)).toBe(text);
  });

  it.each([
    '当社は、次の目的で個人情報を利用します。',
    '（1）記録は社内で保管します。',
    '1. To deliver orders',
    '・商品の発送のため',
    '【お問い合わせ先】電話：03-0000-0000',
    '■ 当社は、法令に基づく場合を除き提供しません。',
    '',
  ])('%s is prose, an item or a contact line', (line) => {
    expect(subHeadingText(line)).toBeNull();
  });
});
