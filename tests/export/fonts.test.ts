import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { resolveFonts } from '../../main/core/export/fonts';

describe('font files', () => {
  it('finds the four Noto faces in node_modules', () => {
    const files = resolveFonts();
    expect(path.basename(files.serif)).toBe('NotoSerifJP_400Regular.ttf');
    expect(path.basename(files.sansBold)).toBe('NotoSansJP_700Bold.ttf');
    for (const file of Object.values(files)) expect(fs.existsSync(file)).toBe(true);
  });

  it('prefers a resources folder, flat or in weight folders (as electron-builder copies them)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-fonts-'));
    try {
      fs.mkdirSync(path.join(dir, '400Regular'));
      fs.writeFileSync(path.join(dir, '400Regular', 'NotoSerifJP_400Regular.ttf'), '');
      fs.writeFileSync(path.join(dir, 'NotoSansJP_700Bold.ttf'), '');
      const files = resolveFonts({ fontsDir: dir });
      expect(files.serif).toBe(path.join(dir, '400Regular', 'NotoSerifJP_400Regular.ttf'));
      expect(files.sansBold).toBe(path.join(dir, 'NotoSansJP_700Bold.ttf'));
      expect(files.sans).toContain('node_modules');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the missing file, in both languages, when a font cannot be found', () => {
    const error = (() => {
      try {
        resolveFonts({ fontsDir: '/nonexistent/fonts', packages: false });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('internal');
    expect(appError.path).toEqual(['fonts', 'serif']);
    expect(appError.text.ja).toContain('NotoSerifJP_400Regular.ttf');
    expect(appError.text.en).toContain('NotoSerifJP_400Regular.ttf');
    expect(appError.text.en).toContain('/nonexistent/fonts');
  });
});
