import { type LedDisplays, type SerialBinding, openLedDisplays } from '@queue/kiosk-hardware';
import type { OfficeRuntime } from '../office-runtime.js';
import { type LedAction, ledActionFor, ledPicture } from './led-actions.js';
import { ledAddressByWindow, sameAddresses } from './window-addresses.js';
import type { SerialLineSettings } from './window-hardware-settings.js';

export type HardwareLog = (message: string) => void;

export interface LedFeed {
  /** Resolves when every frame asked for so far has been written (or has failed and been logged). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Drives the LED displays from the office's events. Frames go out one after another in event order, so
 * a quick "call, no-show, call next" never leaves an older number on a display. A failing line is
 * logged and never reaches the command that caused the event: the call stands, on the hall board and
 * in the announcement, even when a display is unplugged.
 */
export const startLedFeed = async (
  runtime: Pick<OfficeRuntime, 'state' | 'onEvents'>,
  line: SerialLineSettings,
  options: { binding?: SerialBinding; log: HardwareLog },
): Promise<LedFeed> => {
  const { log } = options;
  const labelOf = (windowId: string) =>
    runtime.state.config.windows.find((w) => w.id === windowId)?.label ?? windowId;
  let addresses = ledAddressByWindow(runtime.state.config);
  const open = (addressByWindow: Record<string, number>) =>
    openLedDisplays({ path: line.path, baudRate: line.baudRate, addressByWindow, binding: options.binding });
  let displays: LedDisplays = await open(addresses);

  let queue: Promise<void> = Promise.resolve();
  const enqueue = (job: () => Promise<void>, what: string) => {
    queue = queue
      .then(job)
      .catch((error: unknown) => log(`LED displays on ${line.path}: ${what} failed: ${String(error)}`));
  };
  const perform = (action: LedAction) => {
    if (addresses[action.windowId] === undefined) return;
    const what =
      action.kind === 'show'
        ? `show ${action.number} at ${labelOf(action.windowId)}`
        : `clear ${labelOf(action.windowId)}`;
    enqueue(
      () =>
        action.kind === 'show'
          ? displays.show(action.windowId, action.number)
          : displays.clear(action.windowId),
      what,
    );
  };
  const showPicture = () => {
    // Blank every display at once, then put back the numbers still at their windows.
    enqueue(() => displays.clearAll(), 'clear all');
    for (const action of ledPicture(runtime.state)) perform(action);
  };

  showPicture();
  const unsubscribe = runtime.onEvents((events) => {
    for (const event of events) {
      if (event.type === 'config.replaced') {
        const next = ledAddressByWindow(runtime.state.config);
        if (!sameAddresses(addresses, next)) {
          // The addresses are checked when the line opens, so a new mapping reopens it; frames asked
          // for before the change still go out on the old mapping, in order.
          addresses = next;
          enqueue(async () => {
            await displays.close();
            displays = await open(next);
          }, 'reopen with new addresses');
          showPicture();
        }
        continue;
      }
      const action = ledActionFor(event, runtime.state);
      if (action) perform(action);
    }
  });

  return {
    idle: () => queue,
    close: async () => {
      unsubscribe();
      await queue;
      await displays.close();
    },
  };
};
