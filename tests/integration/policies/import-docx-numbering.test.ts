import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../main/core/policies/import/docx-numbering';
import { sectionHeadings } from '../../../shared/policy/numbering';
import { call } from '../core/helpers';
import { policyCore } from './helpers';

/**
 * A policy written in Word with automatic numbering (第%1条 on the articles, （%2） on their items, 1. in English)
 * has no numbers in its text: Word draws them. The import puts them back, so the articles keep the numbers the
 * author saw and the in-text references (「第2条第1項」) still point at them.
 */
const level = (lvl: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({ level: lvl, format, text, alignment: AlignmentType.LEFT });

async function wordPolicy(): Promise<Buffer> {
  const article = (text: string) => new Paragraph({ text, numbering: { reference: 'articles', level: 0 } });
  const item = (text: string) => new Paragraph({ text, numbering: { reference: 'articles', level: 1 } });
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'articles', levels: [level(0, LevelFormat.DECIMAL, '第%1条'), level(1, LevelFormat.DECIMAL_FULL_WIDTH, '（%2）')] },
        { reference: 'ways', levels: [level(0, LevelFormat.JAPANESE_COUNTING, '%1、')] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'プライバシーポリシー' }),
          new Paragraph({ text: '見本産業株式会社（以下「当社」）は、次のとおり個人情報を取り扱います。' }),
          article('（目的）'),
          new Paragraph({ text: '本ポリシーは、当社の個人情報の取扱いを定めます。' }),
          article('（利用目的）'),
          new Paragraph({ text: '当社は、次の目的で個人情報を利用します。' }),
          item('商品の発送のため'),
          item('お問い合わせへの回答のため'),
          article('（開示等の請求）'),
          new Paragraph({ text: '開示の請求は、第2条第1項の目的に関するものを含め、書面で受け付けます。' }),
          new Paragraph({ text: '書面による請求', numbering: { reference: 'ways', level: 0 } }),
          new Paragraph({ text: '電子メールによる請求', numbering: { reference: 'ways', level: 0 } }),
          new Paragraph({ text: '附則' }),
          new Paragraph({ text: '本ポリシーは2025年4月1日から施行します。' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('importing a Word policy whose numbers Word draws', () => {
  it('puts the automatic numbers back: 第1条（目的）…, （１） items inside their article, references intact', async () => {
    const { core } = await policyCore();
    const bytes = await wordPolicy();
    const preview = await call(core, 'policies.importPreview', { fileName: 'policy.docx', fileBase64: bytes.toString('base64') });
    const sections = preview.sections.map((entry) => entry.section);
    expect(sections.map((section) => section.headingJa)).toEqual(['プライバシーポリシー', '第1条（目的）', '第2条（利用目的）', '第3条（開示等の請求）']);
    expect(sectionHeadings(sections, 'ja').map((heading) => heading.number)).toEqual([null, '第1条', '第2条', '第3条']);
    expect(sections[2]!.bodyJa).toBe('当社は、次の目的で個人情報を利用します。\n（１）商品の発送のため\n（２）お問い合わせへの回答のため');
    expect(sections[3]!.bodyJa).toContain('第2条第1項');
    expect(sections[3]!.bodyJa).toContain('一、書面による請求\n二、電子メールによる請求');
  });

  it('formats the counters of the number formats Japanese documents use', () => {
    expect(['decimal', 'decimalFullWidth', 'japaneseCounting', 'ideographDigital', 'decimalEnclosedCircle', 'upperRoman', 'lowerLetter'].map((format) => formatNumber(12, format))).toEqual([
      '12',
      '１２',
      '十二',
      '一二',
      '⑫',
      'XII',
      'l',
    ]);
    expect(formatNumber(20, 'japaneseCounting')).toBe('二十');
    expect(formatNumber(111, 'japaneseCounting')).toBe('百十一');
  });
});
