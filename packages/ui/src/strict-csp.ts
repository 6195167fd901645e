import { z } from 'zod';

/**
 * The office's pages run under a Content-Security-Policy without 'unsafe-eval' (issue 13 §2). zod
 * compiles object parsers with `new Function` when it may, and finds out whether it may by trying,
 * which the browser reports as a violation; told to parse without compiling, it never tries.
 */
z.config({ jitless: true });
