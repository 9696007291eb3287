import { spawn } from 'node:child_process';
import path from 'node:path';
import { exitCodes, type Command } from '../command';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--workspace W] [--port N] [--no-open]',
  summary: { ja: 'ブラウザーモードで起動（127.0.0.1のみ）', en: 'Start browser mode (on 127.0.0.1 only)' },
  /**
   * Browser mode is its own executable (dist/main/web.cjs, beside this bundle); one shell does not import
   * another, so `serve` runs it with the same Node and the same arguments, and it checks them.
   */
  run(argv) {
    const child = spawn(process.execPath, [path.join(__dirname, 'web.cjs'), ...argv], { stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    process.on('SIGINT', forward('SIGINT'));
    process.on('SIGTERM', forward('SIGTERM'));
    return new Promise((resolve) => {
      child.on('error', () => resolve(exitCodes.failure));
      child.on('exit', (code) => resolve(code ?? exitCodes.failure));
    });
  },
};
