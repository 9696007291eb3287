import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../../shared/errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A bad-input error that names the option, in both languages (the CLI's version of a form field). */
export function badOption(option: string, text: { ja: string; en: string }): AppError {
  return new AppError('validation', { ja: `${option}：${text.ja}`, en: `${option}: ${text.en}` }, [option]);
}

/** node:util parseArgs, strict, with its errors turned into our bilingual validation error. */
export function parseOptions<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('validation', { ja: `引数を読み取れません（${detail}）。`, en: `Cannot read the arguments (${detail}).` });
  }
}

export function requireOption(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') {
    throw badOption(option, { ja: '指定されていません。', en: 'is required.' });
  }
  return value;
}
