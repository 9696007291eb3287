import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * What electron-builder ships is dist/** plus the production dependencies; these read the esbuild bundles
 * (so `npm run build:main` must have run, as `npm test` does first) and check they need nothing else.
 */
const root = path.resolve(__dirname, '../../..');
const bundles = ['electron', 'preload', 'web', 'cli'].map((name) => path.join(root, 'dist/main', `${name}.cjs`));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
};

/** The packages a bundle loads at run time (builtins left out), i.e. what esbuild kept external. */
function requiredPackages(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)|\bimport\(\s*["']([^"']+)["']\s*\)/g)].map(
    (match) => (match[1] ?? match[2])!,
  );
  const packages = specifiers
    .filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier.split('/')[0]!))
    .filter((specifier) => !specifier.startsWith('.'))
    .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
  return [...new Set(packages)].sort();
}

beforeAll(() => {
  const missing = bundles.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`${missing.join(', ')} missing: run \`npm run build:main\` first (\`npm test\` builds before it runs the tests).`);
  }
});

describe('the bundles electron-builder packages', () => {
  it('package.json points Electron and the bin at the bundles', () => {
    expect(path.join(root, pkg.main)).toBe(bundles[0]);
    expect(Object.values(pkg.bin).map((bin) => path.join(root, bin))).toEqual([bundles[3]]);
  });

  it('the sandboxed preload requires nothing but electron (a sandboxed preload cannot load anything else)', () => {
    expect(requiredPackages(bundles[1]!)).toEqual(['electron']);
  });

  it.each(['electron', 'web', 'cli'])('%s.cjs loads only production dependencies (and electron, from the runtime)', (name) => {
    const file = path.join(root, 'dist/main', `${name}.cjs`);
    const shipped = new Set([...Object.keys(pkg.dependencies), ...(name === 'electron' ? ['electron'] : [])]);
    const notShipped = requiredPackages(file).filter((dependency) => !shipped.has(dependency));
    expect(notShipped, 'required at run time but not in package.json "dependencies"').toEqual([]);
  });

  it.each(['electron', 'web', 'cli'])('%s.cjs does not inline pdfkit (its #standard-fonts imports resolve only inside node_modules/pdfkit)', (name) => {
    const text = readFileSync(path.join(root, 'dist/main', `${name}.cjs`), 'utf8');
    expect(text).not.toContain('#standard-fonts/');
  });
});
