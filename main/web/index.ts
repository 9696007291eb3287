// Browser mode: `node dist/main/web.cjs [--workspace PATH] [--port N] [--no-open]`.
import path from 'node:path';
import { clockFromEnv } from '../core/clock';
import { createCore } from '../core/index';
import { defaultUserDataDir, resolveWorkspacePath } from '../core/paths';
import { AppError } from '../../shared/errors';
import { parseBrowserModeArgs } from './args';
import { openBrowser } from './open-browser';
import { startWebServer } from './server';

async function main(): Promise<void> {
  const args = parseBrowserModeArgs(process.argv.slice(2));
  const now = clockFromEnv(process.env);
  if (now) console.log(`APPI_WORKBENCH_CLOCK is set: the app's clock starts at ${now().toISOString()}, not the real time.`);
  const core = await createCore({
    workspacePath: resolveWorkspacePath(process.argv, process.env),
    userDataDir: defaultUserDataDir(),
    automaticBackups: true,
    ...(now ? { now } : {}),
  });
  const server = await startWebServer({
    core,
    // The bundle is dist/main/web.cjs; the renderer build sits beside it in dist/renderer.
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port: args.port,
    onError: (error) => console.error(error),
  }).catch((error: unknown) => {
    core.close();
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new AppError('unsupported', {
      ja: `ポート${args.port}は使用中です。別の番号を --port で指定するか、--port を省いてください。`,
      en: `Port ${args.port} is in use. Choose another with --port, or leave --port out.`,
    });
  });
  console.log(`APPI Workbench (browser mode): ${server.url}`);
  if (args.open && !process.env.CI) openBrowser(server.url);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    // Stop taking requests first, then close the database (checkpointing the WAL) before exiting.
    void server.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('SIGHUP', shutdown);
}

main().catch((error: unknown) => {
  if (error instanceof AppError) {
    console.error(`エラー：${error.text.ja}\nError: ${error.text.en}`);
    process.exit(error.code === 'validation' || error.code === 'workspace_invalid' ? 2 : 1);
  }
  console.error(error);
  process.exit(1);
});
