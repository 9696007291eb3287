import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';

export interface BrowserModeArgs {
  workspace: string | undefined;
  port: number;
  open: boolean;
}

function badArgument(field: string, ja: string, en: string): AppError {
  return new AppError('validation', { ja: `${field}：${ja}`, en: `${field}: ${en}` }, [field]);
}

/** `[--workspace PATH] [--port N] [--no-open]`; throws a validation AppError naming the option. */
export function parseBrowserModeArgs(argv: string[]): BrowserModeArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { workspace: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('validation', { ja: `引数を読み取れません（${detail}）。`, en: `Cannot read the arguments (${detail}).` });
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw badArgument('--port', '0から65535までの整数を指定してください。', 'give a whole number from 0 to 65535.');
  }
  if (values.workspace !== undefined && values.workspace.trim() === '') {
    throw badArgument('--workspace', 'ファイルの場所を指定してください。', 'give the path of a workspace file.');
  }
  return { workspace: values.workspace, port, open: !values['no-open'] };
}
