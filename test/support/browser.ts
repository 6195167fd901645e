import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser). `.ci/run` installs it with
 * apt-get on a clean machine. The flags keep Chromium off the network this machine does not have.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve(import.meta.dirname, '../screenshots');

export const launchBrowser = (): Promise<Browser> => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: run .ci/run or apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
      // The hall display speaks without a click (DESIGN §7).
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
};

/**
 * Saves a screenshot under test/screenshots/ (git-ignored) for a person to look at: the whole page, or
 * (`fullPage` false) the first screen, as the user sees it on opening the page.
 */
export const screenshot = async (page: Page, name: string, fullPage = true): Promise<string> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
};
