import type { Block, DocumentMetadata, ExportDocument, Lang } from '../model';
import type { BuildOptions } from './record';
import { withLang } from './text';

/** One language's part of a document: what a builder writes once per language. */
export interface Part {
  title: string;
  letterhead?: Block[];
  blocks: Block[];
}

/**
 * A document in one language, or both: the Japanese part, then — from a new page — the English part under its
 * own title. Every block keeps its language, so each part is set with its own line breaking and words.
 */
export function documentOf(options: BuildOptions, part: (lang: Lang) => Part, metadata: DocumentMetadata): ExportDocument {
  const common = { metadata, ...(options.era ? { era: true } : {}) };
  if (options.lang !== 'both') {
    const lang = options.lang;
    const one = part(lang);
    return {
      ...common,
      lang,
      title: one.title,
      ...(one.letterhead ? { letterhead: withLang(one.letterhead, lang) } : {}),
      blocks: withLang(one.blocks, lang),
    };
  }
  const ja = part('ja');
  const en = part('en');
  return {
    ...common,
    lang: 'both',
    title: ja.title,
    subtitle: en.title,
    ...(ja.letterhead ? { letterhead: withLang(ja.letterhead, 'ja') } : {}),
    blocks: [
      ...withLang(ja.blocks, 'ja'),
      { type: 'pageBreak' },
      ...withLang(en.letterhead ?? [], 'en'),
      { type: 'heading', level: 1, text: en.title, lang: 'en', toc: false },
      ...withLang(en.blocks, 'en'),
    ],
  };
}
