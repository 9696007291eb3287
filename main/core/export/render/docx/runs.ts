import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import { linkRuns, missingText, toRuns } from '../../inline';
import type { Inline, Lang, Run } from '../../model';
import { styleIds } from './styles';

export interface RunContext {
  lang: Lang;
}

/**
 * Word runs for inline content. Fonts, sizes, languages and weights come from the paragraph's named style (styles.ts),
 * so a run carries only what its text itself asks for: bold or italic emphasis, the 未記入 character style, a line
 * break for `\n`, and a link (Word's Hyperlink style) for a web address.
 */
export function wordRuns(content: Inline | readonly Run[], context: RunContext): ParagraphChild[] {
  return linkRuns(toRuns(content)).flatMap((run): ParagraphChild[] => {
    if (run.missing) return [new TextRun({ text: missingText(run, context.lang), style: styleIds.missing })];
    const texts = run.text.split('\n').map(
      (text, i) =>
        new TextRun({
          text,
          ...(run.bold ? { bold: true } : {}),
          ...(run.italic ? { italics: true } : {}),
          ...(run.link ? { style: styleIds.hyperlink } : {}),
          ...(i > 0 ? { break: 1 } : {}),
        }),
    );
    return run.link ? [new ExternalHyperlink({ link: run.link, children: texts })] : texts;
  });
}
