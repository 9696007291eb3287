import type { CommandIO } from '../command';

/**
 * Progress of a batch on stderr: a bar redrawn in place on a terminal, plain "n/N name" lines otherwise (a log
 * file or CI keeps every step, and no control characters).
 */
export interface Progress {
  step(done: number, label: string): void;
  finish(): void;
}

const WIDTH = 24;

export function progress(total: number, io: CommandIO, tty = process.stderr.isTTY === true): Progress {
  if (!tty) {
    return { step: (done, label) => io.err(`${done}/${total} ${label}`), finish: () => undefined };
  }
  return {
    step(done, label) {
      const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      const line = `[${bar}] ${done}/${total} ${label}`;
      const chars = Array.from(line);
      process.stderr.write(`\r\u001b[2K${chars.length > 100 ? `${chars.slice(0, 99).join('')}…` : line}`);
    },
    finish() {
      process.stderr.write('\n');
    },
  };
}
