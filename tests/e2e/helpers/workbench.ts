import type { Page } from 'playwright-core';
import { startBrowserMode, type BrowserMode, type BrowserModeOptions } from './browser-mode';
import { launchChromium, type Chromium } from './chromium';
import { watchPage, type PageWatch } from './page-watch';

export interface OpenWorkbench {
  app: BrowserMode;
  browser: Chromium;
  page: Page;
  watch: PageWatch;
  /** Stops Chromium and browser mode (check `watch` before: this does not). */
  close(): Promise<void>;
}

/** Browser mode on a fresh workspace, and Chromium on its printed URL. */
export async function openWorkbench(options: BrowserModeOptions = {}): Promise<OpenWorkbench> {
  const app = await startBrowserMode(options);
  let browser: Chromium | undefined;
  try {
    browser = await launchChromium();
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const watch = await watchPage(page);
    await page.goto(app.url);
    const opened = browser;
    return {
      app,
      browser: opened,
      page,
      watch,
      async close() {
        try {
          await opened.close();
        } finally {
          await app.stop();
        }
      },
    };
  } catch (error) {
    await browser?.close();
    await app.stop();
    throw error;
  }
}
