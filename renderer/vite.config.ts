import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Both shells run Chromium, which reads WOFF2; @fontsource also lists a WOFF fallback for every
 * subset, which would double the fonts shipped (≈15 MB → ≈7 MB) for browsers we never run in.
 */
function woff2Only(): Plugin {
  return {
    name: 'appi-workbench:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].+\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]+\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}

/**
 * One renderer build for both shells, served at the root of its origin: http://127.0.0.1:PORT/ (browser
 * mode) and app://workbench/ (Electron, a standard scheme). Base '/' rather than './' so assets resolve
 * from the root even when the page is opened at a nested path such as /companies/new.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [woff2Only(), react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Never inline assets as data: URIs: the CSP allows fonts and images from 'self' only.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2500,
    // The screens are split (app/AppRoutes.tsx) so start-up parses only the first one. Shared code then lands in
    // chunks that load before the entry; keep the modules' own order anyway, so app/zodConfig (main.tsx's first
    // import) still runs before any schema is built — else zod's eval probe trips the CSP (script-src 'self').
    rolldownOptions: { output: { strictExecutionOrder: true } },
  },
});
