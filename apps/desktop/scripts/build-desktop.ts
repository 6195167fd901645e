/**
 * `npm run build -w @queue/desktop`: compiles the shell into apps/desktop/dist with esbuild — the main
 * process and the preload as CommonJS bundles, the local pages' scripts and style for the browser — and
 * copies the pages. No Electron binary is needed; electron-builder.yml packages what lands here.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { renderAppIcon } from './app-icon.js';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
export const DEFAULT_OUT_DIR = join(ROOT, 'dist');

/** Electron 45: Node 22 in the main process, Chromium 140 in the pages. */
const NODE_TARGET = 'node22';
const CHROME_TARGET = 'chrome140';

/**
 * Left outside the bundle: Electron itself; serialport, whose native binding is loaded from its package
 * folder at run time (electron-builder ships it from `dependencies`); ws's optional native speed-ups.
 */
export const MAIN_EXTERNALS = ['electron', 'serialport', 'bufferutil', 'utf-8-validate'];

const PAGES = ['settings.html', 'admin.html', 'offline.html'];

export async function buildDesktop(outDir = DEFAULT_OUT_DIR): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'pages'), { recursive: true });
  const common = { bundle: true, logLevel: 'warning', legalComments: 'none', charset: 'utf8' } as const;
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(SRC, 'main.ts')],
      outfile: join(outDir, 'main.cjs'),
      platform: 'node',
      format: 'cjs',
      target: NODE_TARGET,
      external: MAIN_EXTERNALS,
      // `import('serialport')` becomes a plain require, so it resolves like any CommonJS module in the asar.
      supported: { 'dynamic-import': false },
    }),
    // A sandboxed preload may require only 'electron' (and a few Node built-ins); everything else is inlined.
    build({
      ...common,
      entryPoints: [join(SRC, 'preload.ts')],
      outfile: join(outDir, 'preload.cjs'),
      platform: 'node',
      format: 'cjs',
      target: NODE_TARGET,
      external: ['electron'],
    }),
    build({
      ...common,
      entryPoints: [join(SRC, 'pages/settings-page.ts'), join(SRC, 'pages/admin-page.ts')],
      outdir: join(outDir, 'pages'),
      platform: 'browser',
      format: 'iife',
      target: CHROME_TARGET,
    }),
    build({
      ...common,
      entryPoints: [join(SRC, 'pages/shell-pages.css')],
      outfile: join(outDir, 'pages/shell-pages.css'),
      target: CHROME_TARGET,
    }),
  ]);
  for (const page of PAGES) copyFileSync(join(SRC, 'pages', page), join(outDir, 'pages', page));
  // electron-builder's buildResources (electron-builder.yml): not packed into the app itself.
  mkdirSync(join(outDir, 'build-resources'), { recursive: true });
  writeFileSync(join(outDir, 'build-resources', 'icon.png'), renderAppIcon(512));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  await buildDesktop();
  console.log(`apps/desktop/dist built in ${Math.round(performance.now() - started)} ms`);
}
