import type { Block, ColumnBlock, ExportDocument } from '../main/core/export/model';
import { headingText } from '../main/core/export/text/heading';

/**
 * The export benchmark's document: a ~20-page bilingual policy (articles side by side, a 12-row table every ten
 * articles, a contents page), and its text as a flat list for the bare writers.
 */
const ja =
  '当社は、お客様からお預かりした個人情報（氏名、住所、電話番号、メールアドレス、購入履歴等をいいます。）を、' +
  '「個人情報の保護に関する法律」その他の関係法令及びガイドラインに従って、適切に取り扱います。';
const en =
  'We handle the personal information entrusted to us (name, address, phone number, email address and purchase history) ' +
  'in accordance with the Act on the Protection of Personal Information and the related guidelines.';

function column(i: number, lang: 'ja' | 'en'): ColumnBlock[] {
  const heading: ColumnBlock = { type: 'heading', level: 1, label: lang === 'ja' ? `第${i}条` : `Article ${i}`, text: lang === 'ja' ? '取扱い' : 'Handling', lang };
  const text = lang === 'ja' ? ja : en;
  return [heading, { type: 'paragraph', content: text, lang }, { type: 'paragraph', content: text, lang }, { type: 'list', ordered: true, items: [text.slice(0, 40), text.slice(40, 80)], lang }];
}

export function benchPolicy(articles: number): ExportDocument {
  const blocks: Block[] = [{ type: 'toc' }, { type: 'pageBreak' }];
  for (let i = 1; i <= articles; i++) {
    blocks.push({ type: 'bilingual', ja: column(i, 'ja'), en: column(i, 'en') });
    if (i % 10 === 0) {
      blocks.push({
        type: 'table',
        columns: [{ header: '項目 / Item', width: 0.6 }, { header: '年 / Years', width: 0.2 }, { header: '件数 / Records', width: 0.2 }],
        rows: Array.from({ length: 12 }, (_, r) => [`記録区分${r + 1}`, String((r % 5) + 1), (1000 + r * 37).toLocaleString('en-US')]),
      });
    }
  }
  return { lang: 'both', title: '個人情報保護方針', subtitle: 'Privacy Policy', metadata: { company: '株式会社ベンチ', documentDate: '2026-04-01' }, blocks };
}

/** Every text of the model as [kind, text], in reading order (Japanese column, then English). */
export function flatTexts(doc: ExportDocument): ['heading' | 'text', string][] {
  const out: ['heading' | 'text', string][] = [];
  const add = (block: Block | ColumnBlock, lang: 'ja' | 'en') => {
    if (block.type === 'heading') out.push(['heading', headingText(block, lang)]);
    if (block.type === 'paragraph' && typeof block.content === 'string') out.push(['text', block.content]);
    if (block.type === 'list') for (const item of block.items) if (typeof item === 'string') out.push(['text', item]);
    if (block.type === 'table') for (const row of block.rows) out.push(['text', row.map(String).join('  ')]);
  };
  for (const block of doc.blocks) {
    if (block.type === 'bilingual') {
      block.ja.forEach((inner) => add(inner, 'ja'));
      block.en.forEach((inner) => add(inner, 'en'));
    } else {
      add(block, 'ja');
    }
  }
  return out;
}
