/**
 * Whether the reserve console sounds its alert for a call for help. On unless the person at this
 * computer turned it off: a choice of the workplace, so it outlives the session (like locale-choice.ts).
 */
export const HELP_SOUND_KEY = 'queue.operator.helpSound';

export type SettingStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const loadHelpSound = (storage: SettingStorage | null): boolean => {
  try {
    return storage?.getItem(HELP_SOUND_KEY) !== 'off';
  } catch {
    return true;
  }
};

export const saveHelpSound = (storage: SettingStorage | null, on: boolean): void => {
  try {
    storage?.setItem(HELP_SOUND_KEY, on ? 'on' : 'off');
  } catch {
    // Without storage the choice holds until the page reloads.
  }
};

export const workplaceStorage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};
