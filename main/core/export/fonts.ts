import fs from 'node:fs';
import path from 'node:path';
import type * as Fontkit from 'fontkit';
import { AppError } from '../../../shared/errors';

/**
 * Where the Japanese fonts the PDF embeds come from: the packaged app's resources folder (electron-builder copies
 * the TTFs to <resources>/fonts), else the @expo-google-fonts packages in node_modules (development, tests, CLI).
 * Noto Serif JP sets the body, Noto Sans JP the headings; both are OFL, so embedding them is allowed.
 */
export type FontFace = 'serif' | 'serifBold' | 'sans' | 'sansBold';
export type FontFiles = Record<FontFace, string>;

export const fontFaces: readonly FontFace[] = ['serif', 'serifBold', 'sans', 'sansBold'];

const sources: Record<FontFace, { pkg: string; dir: string; file: string }> = {
  serif: { pkg: '@expo-google-fonts/noto-serif-jp', dir: '400Regular', file: 'NotoSerifJP_400Regular.ttf' },
  serifBold: { pkg: '@expo-google-fonts/noto-serif-jp', dir: '700Bold', file: 'NotoSerifJP_700Bold.ttf' },
  sans: { pkg: '@expo-google-fonts/noto-sans-jp', dir: '400Regular', file: 'NotoSansJP_400Regular.ttf' },
  sansBold: { pkg: '@expo-google-fonts/noto-sans-jp', dir: '700Bold', file: 'NotoSansJP_700Bold.ttf' },
};

export interface FontLocation {
  /** A folder holding the TTFs, flat or in their package's weight folders (Electron: process.resourcesPath/fonts). */
  fontsDir?: string;
  /** Also look in node_modules; default true. Off, only the folders are searched (tests of the error path). */
  packages?: boolean;
}

function packageDir(pkg: string): string | null {
  try {
    return path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    return null;
  }
}

function electronFontsDir(): string | null {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  return resources ? path.join(resources, 'fonts') : null;
}

export function fontCandidates(face: FontFace, location: FontLocation = {}): string[] {
  const { pkg, dir, file } = sources[face];
  const folders = [location.fontsDir, electronFontsDir()].filter((folder): folder is string => !!folder);
  const candidates = folders.flatMap((folder) => [path.join(folder, dir, file), path.join(folder, file)]);
  const installed = location.packages === false ? null : packageDir(pkg);
  if (installed) candidates.push(path.join(installed, dir, file));
  return candidates;
}

export function missingFontError(face: FontFace, searched: readonly string[]): AppError {
  const { file } = sources[face];
  const where = searched.length > 0 ? searched.join(', ') : '(none)';
  return new AppError(
    'internal',
    {
      ja: `PDF の作成に必要なフォントファイル ${file} が見つかりません（探した場所：${where}）。アプリを入れ直してください。`,
      en: `The font file ${file}, which PDF exports need, is missing (looked in: ${where}). Reinstall the app.`,
    },
    ['fonts', face],
  );
}

export function resolveFonts(location: FontLocation = {}): FontFiles {
  const entries = fontFaces.map((face) => {
    const candidates = fontCandidates(face, location);
    const found = candidates.find((candidate) => fs.existsSync(candidate));
    if (!found) throw missingFontError(face, candidates);
    return [face, found] as const;
  });
  return Object.fromEntries(entries) as FontFiles;
}

// The TTFs are 5–8 MB each: read once per process, not once per export.
const cache = new Map<string, Buffer>();

export function readFont(file: string): Buffer {
  let data = cache.get(file);
  if (!data) {
    data = fs.readFileSync(file);
    cache.set(file, data);
  }
  return data;
}

export function loadFonts(location: FontLocation = {}): Record<FontFace, Buffer> {
  const files = resolveFonts(location);
  return {
    serif: readFont(files.serif),
    serifBold: readFont(files.serifBold),
    sans: readFont(files.sans),
    sansBold: readFont(files.sansBold),
  };
}

/** A parsed font as fontkit gives it: PDFKit embeds any object with `layout` as it would its own fontkit.create's. */
export type ParsedFont = object & { layout: (text: string) => unknown };

// Parsing builds fontkit's tables (cmap, GSUB, GPOS, metrics) as a document first needs them, tens of ms of every
// PDF: kept per font bytes (readFont keeps those per process), a batch export pays it once. PDFKit makes each
// document's subset from the font without changing it.
const parsed = new WeakMap<Buffer, ParsedFont>();

// fontkit is loaded with the first PDF, not at start-up: requiring it is ~80 ms of every launch (issue 15 row 4).
let fontkit: Promise<typeof Fontkit> | undefined;

export async function parseFont(data: Buffer): Promise<ParsedFont> {
  let font = parsed.get(data);
  if (!font) {
    font = (await (fontkit ??= import('fontkit'))).create(data) as ParsedFont;
    parsed.set(data, font);
  }
  return font;
}

export async function parseFonts(fonts: Record<FontFace, Buffer>): Promise<Record<FontFace, ParsedFont>> {
  const [serif, serifBold, sans, sansBold] = await Promise.all([parseFont(fonts.serif), parseFont(fonts.serifBold), parseFont(fonts.sans), parseFont(fonts.sansBold)]);
  return { serif, serifBold, sans, sansBold };
}

/**
 * The fallback face for characters the Noto JP faces lack — emoji and pictographs in a heading or a name (🔒, ✉,
 * 📧): Noto Emoji, monochrome outlines (OFL), so they print as the characters written rather than as 〓. Optional:
 * without it such characters are replaced and listed as before.
 */
export const fallbackFace = { pkg: '@expo-google-fonts/noto-emoji', dir: '400Regular', file: 'NotoEmoji_400Regular.ttf' } as const;

export function loadFallbackFont(location: FontLocation = {}): Buffer | null {
  const { pkg, dir, file } = fallbackFace;
  const folders = [location.fontsDir, electronFontsDir()].filter((folder): folder is string => !!folder);
  const candidates = folders.flatMap((folder) => [path.join(folder, dir, file), path.join(folder, file)]);
  const installed = location.packages === false ? null : packageDir(pkg);
  if (installed) candidates.push(path.join(installed, dir, file));
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  return found ? readFont(found) : null;
}
