/**
 * Turns the plain-form (だ・である) sentences a report to the PPC is written in into the です・ます form a letter to
 * individuals needs — only where the rewrite is mechanical and safe: 「感染した。」→「感染しました。」,
 * 「調査している。」→「調査しています。」, 「…である。」→「…です。」, 「調査中。」→「調査中です。」. A sentence ending any other
 * way (「書いた。」「盗んだ。」, whose polite form needs the verb's stem) makes the whole text unconvertible: the caller
 * then proposes its own wording rather than a letter half in one register and half in the other.
 */
const POLITE = /(ます|ました|ません|ませんでした|ましょう|です|でした|ください|ございます)$/;

/** Plain endings and their polite forms, longest first so 「ている」 wins over 「る」-like shorter ones. */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/ていなかった$/, 'ていませんでした'],
  [/ていない$/, 'ていません'],
  [/ていた$/, 'ていました'],
  [/ている$/, 'ています'],
  [/ではない$/, 'ではありません'],
  [/であった$/, 'でした'],
  [/である$/, 'です'],
  [/しなかった$/, 'しませんでした'],
  [/しない$/, 'しません'],
  [/した$/, 'しました'],
  [/する$/, 'します'],
  [/られた$/, 'られました'],
  [/された$/, 'されました'],
  [/れた$/, 'れました'],
  [/えた$/, 'えました'],
  [/なかった$/, 'ありませんでした'],
  [/(が|は|も)ない$/, '$1ありません'],
  [/あった$/, 'ありました'],
  [/ある$/, 'あります'],
  [/いる$/, 'います'],
  [/なる$/, 'なります'],
  [/なった$/, 'なりました'],
  [/られる$/, 'られます'],
  [/れる$/, 'れます'],
  [/える$/, 'えます'],
  [/(中|予定|見込み|状況|次第)$/, '$1です'],
];

/** A trailing parenthetical such as 「（調査中）」 stays where it is, after the converted ending. */
const TRAILING_NOTE = /(（[^（）]*）|\([^()]*\))$/;

function politeSentence(sentence: string): string | null {
  const note = TRAILING_NOTE.exec(sentence);
  const core = note ? sentence.slice(0, note.index) : sentence;
  const tail = note ? note[0] : '';
  if (core === '') return sentence;
  if (POLITE.test(core)) return sentence;
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(core)) return core.replace(pattern, replacement) + tail;
  }
  return null;
}

/** The text in です・ます, or null when some sentence cannot be converted safely. Empty text stays empty. */
export function toPolite(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const out: string[] = [];
  for (const line of trimmed.split('\n')) {
    // Sentences end at 。 (or ．/!?); the last may have none.
    const parts = line.match(/[^。．！？!?]+[。．！？!?]?/g) ?? [];
    let converted = '';
    for (const part of parts) {
      const end = /[。．！？!?]$/.exec(part)?.[0] ?? '';
      const body = part.slice(0, part.length - end.length).trimEnd();
      if (body.trim() === '') {
        converted += part;
        continue;
      }
      const polite = politeSentence(body);
      if (polite === null) return null;
      converted += `${polite}${end || '。'}`;
    }
    out.push(converted);
  }
  return out.join('\n');
}

/** Whether a text contains Japanese script (kana or kanji): an English letter cannot take it as its own. */
export function hasJapanese(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f\u3000-\u303f]/.test(text);
}
