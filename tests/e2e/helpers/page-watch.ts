import type { Page } from 'playwright-core';

/** Marks what the init script reports, so it cannot be confused with the app's own console output. */
const violationTag = '[csp-violation]';

export interface PageWatch {
  /** Every console message, for failure messages. */
  messages: string[];
  /** CSP violations and uncaught page errors not yet reported. */
  problems: string[];
  /** Throws if anything went wrong since the last call, and starts afresh, so each test answers for itself. */
  assertClean(): void;
}

/**
 * Listens for what must never happen in the real UI: a Content-Security-Policy violation (reported by Chromium's
 * console and by a securitypolicyviolation listener installed before any page script) or an uncaught error.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = {
    messages: [],
    problems: [],
    assertClean() {
      const problems = watch.problems.splice(0);
      if (problems.length > 0) {
        throw new Error(`The page reported problems:\n${problems.join('\n')}\n\nConsole:\n${watch.messages.join('\n')}`);
      }
    },
  };
  await page.addInitScript((tag) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`${tag} ${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  }, violationTag);
  page.on('console', (message) => {
    const text = `${message.type()}: ${message.text()}`;
    watch.messages.push(text);
    if (text.includes(violationTag) || /Content Security Policy|Refused to (load|apply|execute|connect|frame)/i.test(text)) {
      watch.problems.push(`CSP: ${text}`);
    }
  });
  page.on('pageerror', (error) => watch.problems.push(`page error: ${error.stack ?? error.message}`));
  return watch;
}
