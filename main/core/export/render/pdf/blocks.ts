import { langOf } from '../../inline';
import type { Block } from '../../model';
import { bilingualItems } from './bilingual';
import type { Build } from './context';
import type { Item } from './flow';
import { metadataItems, titleItems } from './frontmatter';
import { headingItem, listItems, paragraphItems, signatureItems } from './paragraphs';
import { keyValueItems, noteItems, tableItems } from './tables';
import { contentWidth } from './theme';
import { tocItems } from './toc';

/** Every block of the document as items to paginate, in reading order. */
export function blockItems(build: Build, block: Block, width: number): Item[] {
  const documentLang = build.doc.lang;
  switch (block.type) {
    case 'heading':
      return [headingItem(build, block, width, langOf(block, documentLang))];
    case 'paragraph':
      return paragraphItems(build, block, width, langOf(block, documentLang));
    case 'list':
      return listItems(build, block, width, langOf(block, documentLang));
    case 'table':
      return tableItems(build, block, width, langOf(block, documentLang));
    case 'keyValue':
      return keyValueItems(build, block, width, langOf(block, documentLang));
    case 'note':
      return noteItems(build, block, width, langOf(block, documentLang));
    case 'signature':
      return signatureItems(build, block, width, langOf(block, documentLang));
    case 'toc':
      return tocItems(build, block, width, documentLang === 'en' ? 'en' : 'ja');
    case 'pageBreak':
      return [{ height: 0, spaceBefore: 0, breakBefore: true, draw: () => undefined }];
    case 'bilingual':
      return bilingualItems(build, block, width);
  }
}

export function documentItems(build: Build): Item[] {
  const blocks = (list: readonly Block[]) => list.flatMap((block) => blockItems(build, block, contentWidth));
  return [...metadataItems(build, contentWidth), ...blocks(build.doc.letterhead ?? []), ...titleItems(build, contentWidth), ...blocks(build.doc.blocks)];
}
