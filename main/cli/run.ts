import { version } from '../../package.json';
import { announceMovedClock } from './clock';
import { exitCodes, type CommandIO } from './command';
import { commands } from './commands/index';
import { reportError } from './report';

export function helpText(): string {
  const width = Math.max(...commands.map((command) => command.usage.length));
  return [
    `appi-workbench ${version}`,
    '',
    '使い方 / Usage: appi-workbench <command> [options]',
    '',
    ...commands.flatMap((command) => [
      `  ${command.usage.padEnd(width)}  ${command.summary.ja}`,
      `  ${''.padEnd(width)}  ${command.summary.en}`,
    ]),
    `  ${'--version'.padEnd(width)}  版を表示 / Show the version`,
    `  ${'--help'.padEnd(width)}  この説明を表示 / Show this help`,
  ].join('\n');
}

const defaultIO: CommandIO = { out: (text) => console.log(text), err: (text) => console.error(text) };

/** Picks the subcommand by its first word and runs it; every failure becomes a message and an exit code. */
export async function runCli(argv: string[], io: CommandIO = defaultIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    // Without a command it is a usage error: the help goes to stderr and the exit code says so.
    if (first === undefined) io.err(helpText());
    else io.out(helpText());
    return first === undefined ? exitCodes.badInput : exitCodes.ok;
  }
  if (first === '--version' || first === '-v') {
    io.out(version);
    return exitCodes.ok;
  }
  const command = commands.find((candidate) => candidate.name === first);
  if (!command) {
    io.err(`エラー：不明なコマンドです（${first}）。\nError: unknown command (${first}).\n\n${helpText()}`);
    return exitCodes.badInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`使い方 / Usage: appi-workbench ${command.usage}\n${command.summary.ja}\n${command.summary.en}`);
    return exitCodes.ok;
  }
  try {
    // Browser mode announces a moved clock itself.
    if (command.name !== 'serve') announceMovedClock(io);
    return await command.run(rest, io);
  } catch (error) {
    return reportError(error, io);
  }
}
