import type { AppError, FieldPath } from '../../../../shared/errors';
import { MAX_IMPORT_MB } from '../../../../shared/domain/policy-import';
import { fieldError } from '../../service-errors';
import { MAX_INFLATED_MB } from './zip-limits';

/**
 * Why a file or text cannot be imported, said so the user knows what to do; each names the field (the file, or
 * the pasted text) and nothing is written. The CLI shows the same words, naming its FILE argument.
 */
export const refusals = {
  empty: { ja: '内容が空です。本文のあるファイルを選ぶか、本文を貼り付けてください。', en: 'It is empty. Choose a file with text in it, or paste the text.' },
  tooLarge: {
    ja: `大きすぎます。${MAX_IMPORT_MB}MBまでのファイルにしてください。`,
    en: `It is too large. Use a file of at most ${MAX_IMPORT_MB} MB.`,
  },
  expands: {
    ja: `Word文書の中身を展開すると大きすぎるため取り込めません（展開後${MAX_INFLATED_MB}MBまで）。不要な画像などを減らして保存し直すか、本文を貼り付けてください。`,
    en: `The Word document would expand to too much data to import (at most ${MAX_INFLATED_MB} MB once unpacked). Save it again without unneeded images or the like, or paste the text.`,
  },
  unsafeCharacter: {
    ja: '本文に保存できない文字（制御文字、文字の向きを変える文字、または壊れた文字）が含まれています。その文字を除いてから取り込んでください。',
    en: 'The text contains characters that cannot be stored (control characters, text-direction overrides or broken characters). Remove them, then import it.',
  },
  binary: {
    ja: '文字として読み取れません（テキストファイルではないようです）。.txt・.md・.docxのファイルを選んでください。',
    en: 'It cannot be read as text (it does not look like a text file). Choose a .txt, .md or .docx file.',
  },
  notDocx: {
    ja: 'Word文書（.docx）として読み取れません。Wordで開いて.docx形式で保存し直すか、本文を貼り付けてください。',
    en: 'It cannot be read as a Word document (.docx). Open it in Word and save it as .docx again, or paste the text.',
  },
  legacyDoc: {
    ja: '古いWord形式（.doc）は読み取れません。Wordで.docx形式で保存してから取り込んでください。',
    en: 'The old Word format (.doc) cannot be read. Save it as .docx in Word, then import it.',
  },
  unsupported: {
    ja: 'この種類のファイルは取り込めません。.txt・.md・.docxのファイルを選ぶか、本文を貼り付けてください。',
    en: 'This kind of file cannot be imported. Choose a .txt, .md or .docx file, or paste the text.',
  },
  base64: { ja: 'ファイルの内容を受け取れませんでした。もう一度選び直してください。', en: 'The file did not arrive intact. Choose it again.' },
} as const;

export type Refusal = keyof typeof refusals;

export function refuse(reason: Refusal, path: FieldPath): AppError {
  return fieldError(path, refusals[reason]);
}
