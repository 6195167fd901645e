import { describe, expect, it } from 'vitest';
import { HELP_SOUND_KEY, loadHelpSound, saveHelpSound } from '../src/help-sound-setting.js';

describe('the sound alert setting', () => {
  const memory = () => {
    const values = new Map<string, string>();
    return {
      values,
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
    };
  };

  it('is on until turned off, and the choice is kept', () => {
    const storage = memory();
    expect(loadHelpSound(storage)).toBe(true);
    saveHelpSound(storage, false);
    expect(storage.values.get(HELP_SOUND_KEY)).toBe('off');
    expect(loadHelpSound(storage)).toBe(false);
    saveHelpSound(storage, true);
    expect(loadHelpSound(storage)).toBe(true);
  });

  it('is on, and saving does nothing, without storage or when storage refuses', () => {
    expect(loadHelpSound(null)).toBe(true);
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadHelpSound(refusing)).toBe(true);
    expect(() => saveHelpSound(refusing, false)).not.toThrow();
  });
});
