import { subHeadingText } from '../../../../shared/policy/body-structure';
import type { ColumnBlock, Lang } from '../model';

/**
 * An article's body with its sub-headings (shared/policy/body-structure.ts) set as level-3 headings, outside the
 * contents and without a number, and the prose between them set by `paragraphs` as before.
 */
export function bodyBlocks(text: string, lang: Lang, paragraphs: (text: string) => ColumnBlock[]): ColumnBlock[] {
  const blocks: ColumnBlock[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.some((line) => line.trim() !== '')) blocks.push(...paragraphs(run.join('\n')));
    run = [];
  };
  for (const line of text.split('\n')) {
    const heading = subHeadingText(line);
    if (heading === null) {
      run.push(line);
      continue;
    }
    flush();
    blocks.push({ type: 'heading', level: 3, text: heading, lang, toc: false });
  }
  flush();
  return blocks;
}
