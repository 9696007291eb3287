// Every screen passes axe-core (issue 13, item 4): no serious or critical violation on any route, in Japanese and
// in English, on a workspace with something on every screen (helpers/screens.ts). Also writes the screenshots of
// every screen in both languages at 1280×720 and 1440×900 (screen-<name>-<lang>-<width>.png) for review.
// Needs `npm run build`.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './helpers/screenshot';
import { NOW, openScreen, screens, seedScreens, sizes, switchLanguage, type Seeded } from './helpers/screens';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const seeded: Partial<Seeded> = {};
let workbench: OpenWorkbench;

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW, prepare: (file) => seedScreens(file, seeded) });
  await workbench.page.waitForLoadState('networkidle');
}, 60_000);
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

describe('accessibility of every screen', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`has no serious or critical axe violation on any screen (${lang})`, async () => {
      const { page, app } = workbench;
      await page.setViewportSize(sizes[0]);
      await switchLanguage(page, lang);
      const found: string[] = [];
      for (const screen of screens(seeded as Seeded)) {
        await openScreen(page, app.origin, screen.hash);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        for (const violation of result.violations) {
          if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
          const targets = violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
          found.push(`${screen.name}: ${violation.id} (${violation.impact}) ×${violation.nodes.length}\n    ${targets.join('\n    ')}`);
        }
        for (const size of sizes) {
          await page.setViewportSize(size);
          await page.waitForTimeout(100);
          const file = await screenshot(page, `screen-${screen.name}-${lang}-${size.width}-full`);
          await page.screenshot({ path: file.replace(/-full\.png$/, '.png') });
        }
        await page.setViewportSize(sizes[0]);
      }
      expect(found, found.join('\n')).toEqual([]);
    }, 600_000);
  }
});
