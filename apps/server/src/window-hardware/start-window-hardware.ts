import type { SerialBinding } from '@queue/kiosk-hardware';
import type { OfficeRuntime } from '../office-runtime.js';
import { type CallButtonWiring, type PressOutcome, startCallButtons } from './call-button-wiring.js';
import { type HardwareLog, type LedFeed, startLedFeed } from './led-window-feed.js';
import type { WindowHardwareSettings } from './window-hardware-settings.js';

export interface WindowHardware {
  led: LedFeed | null;
  buttons: CallButtonWiring | null;
  close(): Promise<void>;
}

/**
 * Connects the LED displays and call buttons the settings name to the office runtime (docs/HARDWARE.md
 * §7). Returns null when neither is configured. Each line starts on its own: a display line that cannot
 * be opened (an unplugged adapter) is logged and leaves the buttons working, and the office keeps
 * serving visitors either way — the console, the hall board and the announcements do not need them.
 */
export const startWindowHardware = async (
  runtime: Pick<OfficeRuntime, 'state' | 'run' | 'onEvents'>,
  settings: WindowHardwareSettings,
  options: { log: HardwareLog; binding?: SerialBinding; onPress?: (outcome: PressOutcome) => void },
): Promise<WindowHardware | null> => {
  if (!settings.led && !settings.buttons) return null;
  const { log } = options;
  const led = settings.led
    ? await startLedFeed(runtime, settings.led, options).catch((error: unknown) => {
        log(`LED displays on ${settings.led?.path} not started: ${String(error)}`);
        return null;
      })
    : null;
  const buttons = settings.buttons
    ? await startCallButtons(runtime, settings.buttons, { ...options, onOutcome: options.onPress }).catch(
        (error: unknown) => {
          log(`call buttons on ${settings.buttons?.path} not started: ${String(error)}`);
          return null;
        },
      )
    : null;
  return {
    led,
    buttons,
    close: async () => {
      await buttons?.close();
      await led?.close();
    },
  };
};
