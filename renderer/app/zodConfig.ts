import { z } from 'zod';

/**
 * No eval in the page: zod's JIT (and its `new Function` probe) is refused by `script-src 'self'`, and
 * Chromium reports even the caught probe as a CSP violation. Zod decides per schema when the schema is
 * built, and shared/ builds its schemas as its modules load, so this module is main.tsx's first import.
 */
z.config({ jitless: true });
