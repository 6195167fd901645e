import { type Actor, formatLocal, isRefusal } from '@queue/engine';
import {
  type CallButtonPress,
  type CallButtons,
  type SerialBinding,
  openCallButtons,
} from '@queue/kiosk-hardware';
import { wireError } from '@queue/protocol';
import type { OfficeRuntime } from '../office-runtime.js';
import type { HardwareLog } from './led-window-feed.js';
import { ledAddressByWindow, sameAddresses, windowByButtonAddress } from './window-addresses.js';
import type { SerialLineSettings } from './window-hardware-settings.js';

export interface CallButtonWiring {
  close(): Promise<void>;
}

/** The outcome of one press, for the log and for tests. */
export type PressOutcome =
  | { kind: 'called'; windowId: string; staffId: string; seq: number }
  | { kind: 'refused'; windowId: string; code: string; message: string }
  | { kind: 'noOperator'; windowId: string }
  | { kind: 'failed'; windowId: string; error: string };

/**
 * A press is "call next" for the button's window, sent as the operator who works there now — exactly as
 * if they had pressed F1 on the console, so the engine applies the same rules (the window must be open
 * and free). A refused press does nothing but leave a line in the log; the operator sees the state of
 * their window on the console as always.
 */
export const pressCallNext = (
  runtime: Pick<OfficeRuntime, 'state' | 'run'>,
  press: Pick<CallButtonPress, 'windowId'>,
): PressOutcome => {
  const { state } = runtime;
  const { windowId } = press;
  const operatorId = state.windows[windowId]?.operatorId ?? null;
  const member = operatorId ? state.config.staff.find((s) => s.id === operatorId) : undefined;
  if (!member) return { kind: 'noOperator', windowId };
  const actor: Actor = { kind: 'staff', staffId: member.id, roles: member.roles };
  try {
    const result = runtime.run({ type: 'ticket.callNext', windowId }, actor);
    if (isRefusal(result)) {
      const error = wireError(result.code, result.details, (at) => formatLocal(at, state.config.timeZone));
      return { kind: 'refused', windowId, code: result.code, message: error.message.ru };
    }
    return { kind: 'called', windowId, staffId: member.id, seq: result.events.at(-1)?.seq ?? state.seq };
  } catch (error) {
    // Storage failed: nothing was stored, nothing was called.
    return { kind: 'failed', windowId, error: String(error) };
  }
};

const describe = (outcome: PressOutcome, label: string): string => {
  switch (outcome.kind) {
    case 'called':
      return `call button at ${label}: called next for ${outcome.staffId} (event ${outcome.seq})`;
    case 'refused':
      return `call button at ${label}: refused (${outcome.code}): ${outcome.message}`;
    case 'noOperator':
      return `call button at ${label}: nobody works at the window, nothing done`;
    case 'failed':
      return `call button at ${label}: not done, storage failed: ${outcome.error}`;
  }
};

/** The door's id of a button at the entrance on the call-button line: its address. */
export const doorIdOfAddress = (address: number): string => `button-${String(address).padStart(2, '0')}`;

/**
 * A press of an entrance button (004 §6.7.5) raises «У входа ждут помощи» with the button as the door;
 * pressing again while the call is open changes nothing (the engine's rule), so no debounce is needed.
 */
export const pressDoor = (runtime: Pick<OfficeRuntime, 'run'>, address: number): string => {
  const doorId = doorIdOfAddress(address);
  try {
    const result = runtime.run({ type: 'door.call', doorId }, { kind: 'system' });
    if (isRefusal(result)) return `door button ${doorId}: refused (${result.code})`;
    return result.events.length > 0
      ? `door button ${doorId}: help needed at the entrance (event ${result.events.at(-1)?.seq})`
      : `door button ${doorId}: pressed again, the call is already open`;
  } catch (error) {
    return `door button ${doorId}: not done, storage failed: ${String(error)}`;
  }
};

export const startCallButtons = async (
  runtime: Pick<OfficeRuntime, 'state' | 'run' | 'onEvents'>,
  line: SerialLineSettings & { debounceMs: number; doorAddresses?: readonly number[] },
  options: { binding?: SerialBinding; log: HardwareLog; onOutcome?: (outcome: PressOutcome) => void },
): Promise<CallButtonWiring> => {
  const { log } = options;
  const open = async (): Promise<CallButtons> => {
    const buttons = await openCallButtons({
      path: line.path,
      baudRate: line.baudRate,
      debounceMs: line.debounceMs,
      windowByAddress: windowByButtonAddress(runtime.state.config),
      binding: options.binding,
    });
    buttons.on('press', (press) => {
      const outcome = pressCallNext(runtime, press);
      const label =
        runtime.state.config.windows.find((w) => w.id === press.windowId)?.label ?? press.windowId;
      log(describe(outcome, label));
      options.onOutcome?.(outcome);
    });
    const doors = new Set(line.doorAddresses ?? []);
    buttons.on('unmapped', (address) =>
      log(
        doors.has(address)
          ? pressDoor(runtime, address)
          : `call button ${String(address).padStart(2, '0')} pressed: no window has this address`,
      ),
    );
    buttons.on('error', (error) => log(`call buttons on ${line.path}: ${error.message}`));
    return buttons;
  };

  let buttons = await open();
  let addresses = ledAddressByWindow(runtime.state.config);
  let reopening: Promise<void> = Promise.resolve();
  const unsubscribe = runtime.onEvents((events) => {
    if (!events.some((e) => e.type === 'config.replaced')) return;
    const next = ledAddressByWindow(runtime.state.config);
    if (sameAddresses(addresses, next)) return;
    addresses = next;
    reopening = reopening
      .then(async () => {
        await buttons.close();
        buttons = await open();
      })
      .catch((error: unknown) => log(`call buttons on ${line.path}: reopen failed: ${String(error)}`));
  });

  return {
    close: async () => {
      unsubscribe();
      await reopening;
      await buttons.close();
    },
  };
};
