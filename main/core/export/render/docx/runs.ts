import { TextRun } from 'docx';
import { missingText, toRuns } from '../../inline';
import type { Inline, Lang, Run } from '../../model';
import { styleIds } from './styles';
import { fontSet, halfPoints, runLanguage, type WordFonts } from './theme';

export interface RunContext {
  fonts: WordFonts;
  lang: Lang;
  face?: 'serif' | 'sans';
  /** Points, when the paragraph style's size is not the one wanted. */
  size?: number;
  bold?: boolean;
  color?: string;
}

/**
 * Word runs for inline content. Each run carries its fonts for every script (w:eastAsia included) and its
 * languages, so Word applies Japanese line breaking and picks the right face even where styles are overridden.
 * A missing value becomes the boxed grey 「未記入」 run; `\n` becomes a line break.
 */
export function wordRuns(content: Inline | readonly Run[], context: RunContext): TextRun[] {
  const common = {
    font: fontSet(context.face === 'sans' ? context.fonts.sans : context.fonts.serif),
    language: runLanguage,
    ...(context.size ? { size: halfPoints(context.size) } : {}),
    ...(context.color ? { color: context.color } : {}),
  };
  return toRuns(content).flatMap((run) => {
    if (run.missing) return [new TextRun({ ...common, text: missingText(run, context.lang), style: styleIds.missing })];
    const bold = run.bold || context.bold;
    return run.text.split('\n').map(
      (text, i) => new TextRun({ ...common, text, ...(bold ? { bold: true } : {}), ...(run.italic ? { italics: true } : {}), ...(i > 0 ? { break: 1 } : {}) }),
    );
  });
}
