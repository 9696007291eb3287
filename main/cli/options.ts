import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../../shared/errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A bad-input error that names the option, in both languages (the CLI's version of a form field). */
export function badOption(option: string, text: { ja: string; en: string }): AppError {
  return new AppError('validation', { ja: `${option}：${text.ja}`, en: `${option}: ${text.en}` }, [option]);
}

/** A refusal of node:util parseArgs as our bilingual validation error, naming the option when there is one. */
function argumentError(error: unknown): AppError {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  // parseArgs quotes the option first: "Option '--workspace <value>' argument missing", "Unknown option '--x'".
  const option = /'(-[^' ]+)/.exec(detail)?.[1];
  if (option && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return badOption(option, { ja: '値がないか、正しくありません。', en: 'the value is missing or invalid.' });
  }
  if (option && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return badOption(option, { ja: '不明なオプションです。', en: 'unknown option.' });
  }
  return new AppError('validation', { ja: `引数を読み取れません（${detail}）。`, en: `Cannot read the arguments (${detail}).` });
}

/** node:util parseArgs, strict, with its errors turned into our bilingual validation error. */
export function parseOptions<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw argumentError(error);
  }
}

export function requireOption(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') {
    throw badOption(option, { ja: '指定されていません。', en: 'is required.' });
  }
  return value;
}
