// The office server as it runs in production: one esbuild bundle of our TypeScript and the pure-JavaScript
// npm packages it uses, started by plain Node with a small young generation. `npm start` and `npm run bench`
// both use this, so the benchmark measures what an office runs (docs/BENCHMARKS.md).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** At the same depth as apps/server/src, so the server finds the built UIs from either. */
export const SERVER_BUNDLE = join(ROOT, 'apps', 'server', 'dist', 'main.mjs');

/**
 * Semi-spaces of 2 MB instead of 16: the server's peak memory stays near 110 MB through a busy day. One
 * V8 helper thread, not one per core: on the office's two cores the main thread has the other, and each
 * helper thread costs its own malloc arena (docs/BENCHMARKS.md: memory).
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=2', '--v8-pool-size=1'];

/**
 * Two malloc arenas instead of eight per core: the sockets' buffers, allocated and freed by several
 * threads under a burst, otherwise leave ~15–20 MB of fragments resident.
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: '2' };

/**
 * npm packages left out of the bundle: native modules (serial ports, the optional speed-ups of `ws`),
 * the printer library, which looks its drivers up at run time, and ExcelJS, imported on the first XLSX
 * export only.
 */
const EXTERNAL = [
  'serialport',
  '@serialport',
  'node-thermal-printer',
  'bufferutil',
  'utf-8-validate',
  'exceljs',
];

/** Where the sources of the bundle live: the server and every workspace package it imports. */
const SOURCE_DIRS = [
  join(ROOT, 'apps', 'server', 'src'),
  join(ROOT, 'kiosk-hardware', 'src'),
  ...readdirSync(join(ROOT, 'packages')).map((name) => join(ROOT, 'packages', name, 'src')),
];

const newestChange = (dir) => {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
};

/** True when the bundle is missing or older than any source it is built from, or than the installed packages. */
export const bundleIsStale = (outfile = SERVER_BUNDLE) =>
  !existsSync(outfile) ||
  Math.max(statSync(join(ROOT, 'package-lock.json')).mtimeMs, ...SOURCE_DIRS.map(newestChange)) >
    statSync(outfile).mtimeMs;

/**
 * Bundles `entry` (default: the server's main) into `outfile`. `root` is the checkout whose sources are
 * bundled; the bench passes another checkout to compare two versions with everything else equal.
 */
export const bundleServer = async ({
  entry = join(ROOT, 'apps', 'server', 'src', 'main.ts'),
  outfile = SERVER_BUNDLE,
  root = ROOT,
} = {}) => {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    // Packages written as CommonJS call `require` for Node's own modules; an ES module has none of its own.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    plugins: [
      {
        // Our workspace packages and the pure-JavaScript npm packages are bundled: loading Fastify,
        // Socket.IO and zod from a few hundred small files cost the cold start ~0.2 s of CPU. Native
        // modules, their optional helpers and what loads only on demand stay in node_modules.
        name: 'native-and-lazy-packages-external',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            EXTERNAL.some((name) => args.path === name || args.path.startsWith(`${name}/`))
              ? { path: args.path, external: true }
              : undefined,
          );
        },
      },
    ],
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'warning',
  });
  return outfile;
};

// `node scripts/server-bundle.mjs` (part of `npm run build`).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundleServer();
  console.log(`server bundle: ${SERVER_BUNDLE}`);
}
