import { spawn } from 'node:child_process';

/**
 * Best effort: opens `url` in the default browser. The URL is always printed too, so a machine without a
 * desktop (or without xdg-open) just doesn't get a window; nothing here may fail the server.
 */
export function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener on this machine: the printed URL is enough.
  }
}
