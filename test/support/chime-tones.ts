import type { Page } from 'playwright-core';

/**
 * Counts the Web Audio tones a page plays: an init script (runs in the page, before its own code) that
 * counts every oscillator created. The chime of packages/ui (chime.ts) makes two per chime.
 */
export const COUNT_CHIME_TONES = () => {
  const counter = window as unknown as { chimeTones: number };
  counter.chimeTones = 0;
  const original = BaseAudioContext.prototype.createOscillator;
  BaseAudioContext.prototype.createOscillator = function createOscillator(this: BaseAudioContext) {
    counter.chimeTones += 1;
    return original.call(this);
  };
};

/** The tones counted so far on the page. */
export const chimeTones = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { chimeTones: number }).chimeTones);
