import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDesktop, MAIN_EXTERNALS } from '../scripts/build-desktop.js';

const ROOT = resolve(import.meta.dirname, '../../..');
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'desktop-build-'));
  await buildDesktop(out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every module a CommonJS bundle asks for at run time. */
const requiredModules = (file: string) =>
  new Set([...readFileSync(file, 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
const builtin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);

describe('desktop build', () => {
  it('bundles the main process so that it needs only Electron, serialport and Node at run time', () => {
    const modules = [...requiredModules(join(out, 'main.cjs'))];
    expect(modules).toContain('electron');
    expect(modules.filter((name) => !builtin(name) && !MAIN_EXTERNALS.includes(name))).toEqual([]);
  });

  it('bundles the preload into one file that asks only for electron, as a sandboxed preload must', () => {
    expect([...requiredModules(join(out, 'preload.cjs'))]).toEqual(['electron']);
    // A sandboxed preload runs as a plain script: it has no `module` to export through.
    expect(readFileSync(join(out, 'preload.cjs'), 'utf8')).not.toMatch(/\bmodule\.exports|\bexports\./);
  });

  it('ships the three local pages with their scripts and style, and a strict content policy', () => {
    for (const page of ['settings', 'admin', 'offline']) {
      const html = readFileSync(join(out, 'pages', `${page}.html`), 'utf8');
      expect(html).toContain("default-src 'none'");
      expect(html).not.toMatch(/<script>|on(click|load)=/);
      for (const [, asset] of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
        expect(existsSync(join(out, 'pages', asset!)), `${page}.html → ${asset}`).toBe(true);
      }
    }
    // The theme of packages/ui is inlined, so the pages look like the rest of the product offline.
    expect(readFileSync(join(out, 'pages', 'shell-pages.css'), 'utf8')).toContain('--accent');
  });

  it("draws the installers' icon: a 512 px RGBA PNG", () => {
    const png = readFileSync(join(out, 'build-resources', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[25]]).toEqual([512, 512, 6]);
  });
});

describe('electron-builder.yml', () => {
  const require = createRequire(join(ROOT, 'package.json'));

  it("passes electron-builder's own schema, and the schema does catch a misspelt option", async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util');
    const config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, nsis: { ...config.nsis, oneClik: false } }, new DebugLogger(false)),
    ).rejects.toThrow(/configuration/);

    expect(config.productName).toBe('Электронная очередь');
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis']);
    expect(config.linux.target.map((t: { target: string }) => t.target)).toEqual(['AppImage', 'deb']);
    // The app folder's package.json starts the bundle the build script makes.
    const app = JSON.parse(readFileSync(join(ROOT, config.directories.app, 'package.json'), 'utf8'));
    expect(app.main).toBe('dist/main.cjs');
    expect(config.directories.buildResources).toBe(`${config.directories.app}/dist/build-resources`);
    expect(config.win.icon).toBe('icon.png');
  }, 60_000);
});
