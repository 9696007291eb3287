#!/usr/bin/env node
// `npm run build:main`: bundles the three shells and the preload into dist/main/*.cjs with esbuild.
// The renderer is built separately by Vite into dist/renderer.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // electron is provided by the runtime; better-sqlite3 is a native module loaded from node_modules;
  // pdfkit reads its font metrics through package imports ('#standard-fonts/…') that break when bundled; fontkit
  // stays with it, so the fonts parsed once (export/fonts.ts) and pdfkit share one copy of its code. exceljs (a
  // dependency, so packaged) is loaded from node_modules with the first sheet: bundled, its 2 MB with jszip were
  // parsed at every start-up (issue 15 row 4).
  external: ['electron', 'better-sqlite3', 'pdfkit', 'fontkit', 'exceljs'],
  // Whitespace and syntax only: 7.4 → 4.0 MB for V8 to parse at start-up, names kept for readable stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
};

const bundles = [
  { entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/electron.cjs' },
  // A sandboxed preload can require only 'electron': everything else (the contract, so zod) is inside the
  // bundle, minified since it is parsed on every page load.
  { entryPoints: ['main/electron/preload.ts'], outfile: 'dist/main/preload.cjs', external: ['electron'], minify: true },
  { entryPoints: ['main/web/index.ts'], outfile: 'dist/main/web.cjs' },
  { entryPoints: ['main/cli/index.ts'], outfile: 'dist/main/cli.cjs', banner: { js: '#!/usr/bin/env node' } },
];

await Promise.all(bundles.map((options) => build({ ...common, ...options })));
chmodSync('dist/main/cli.cjs', 0o755);
console.log(`built ${bundles.map((b) => b.outfile).join(', ')}`);
