import type { OfficeClient } from '@queue/client';
import { MockBinding } from '@serialport/binding-mock';
import type { StaffView } from '@queue/protocol';
import { type LedFrame, decodeLedFrame } from '@queue/kiosk-hardware';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_DEVICE_TOKENS } from '../src/index.js';
import {
  type PressOutcome,
  type WindowHardware,
  startWindowHardware,
  windowHardwareSettings,
} from '../src/window-hardware/index.js';
import { mockSerialLine } from '@queue/kiosk-hardware/testing';
import { TestOfficeServer, until } from '@queue/e2e/test-office';

/**
 * The window hardware against the real office server: serialport's MockBinding stands in for the two
 * serial lines, recording what the server writes to the displays and "sending" button presses.
 */

const STX = 0x02;
const ETX = 0x03;

/** Splits what was written on the line into frames, as a display's firmware would (HARDWARE.md §4.2). */
const framesOf = (bytes: Buffer): LedFrame[] => {
  const frames: LedFrame[] = [];
  for (let i = bytes.indexOf(STX); i >= 0 && i < bytes.length; i = bytes.indexOf(STX, i + 1)) {
    const end = bytes.indexOf(ETX, i + 1);
    if (end < 0 || end + 1 >= bytes.length) break;
    const frame = decodeLedFrame(bytes.subarray(i, end + 2));
    if (frame) frames.push(frame);
    i = end + 1;
  }
  return frames;
};

const show = (address: number, number: string): LedFrame => ({ address, command: { kind: 'show', number } });
const clear = (address: number): LedFrame => ({ address, command: { kind: 'clear' } });

/** Moved forward past the minimum time before a no-show, rather than waiting a minute. */
const clockShift = { ms: 0 };
let office: TestOfficeServer;
let kiosk: OfficeClient;
let op1: OfficeClient<StaffView>;
let op2: OfficeClient<StaffView>;
let kassa: OfficeClient<StaffView>;

beforeAll(async () => {
  office = await TestOfficeServer.start({ clock: () => Date.now() + clockShift.ms });
  kiosk = await office.connect(DEMO_DEVICE_TOKENS['kiosk-1']);
  op1 = await office.staff('op1', '1234');
  op2 = await office.staff('op2', '2345');
  kassa = await office.staff('kassa', '4567');
});
afterAll(async () => {
  await office?.stop();
});

const issue = async (serviceId: string) => {
  const response = await kiosk.send({
    type: 'ticket.issue',
    serviceIds: [serviceId],
    clientType: 'individual',
    priority: null,
    source: 'kiosk',
  });
  if (!response.ok || !response.result.ticket) throw new Error('not issued');
  return response.result.ticket;
};

const ok = async (client: OfficeClient<StaffView>, command: Parameters<OfficeClient['send']>[0]) => {
  const response = await client.send(command);
  if (!response.ok) throw new Error(`${command.type}: ${response.error.message.en}`);
  return response;
};

describe('window hardware settings', () => {
  it('is off unless a port is set, and reads baud rates and the debounce time', () => {
    expect(windowHardwareSettings({})).toEqual({ led: null, buttons: null });
    expect(windowHardwareSettings({ LED_SERIAL_PORT: '', CALL_BUTTON_SERIAL_PORT: '' })).toEqual({
      led: null,
      buttons: null,
    });
    expect(
      windowHardwareSettings({
        LED_SERIAL_PORT: '/dev/ttyUSB0',
        LED_BAUD_RATE: '19200',
        CALL_BUTTON_SERIAL_PORT: '/dev/ttyUSB1',
        CALL_BUTTON_DEBOUNCE_MS: '800',
      }),
    ).toEqual({
      led: { path: '/dev/ttyUSB0', baudRate: 19200 },
      buttons: { path: '/dev/ttyUSB1', baudRate: 9600, debounceMs: 800, doorAddresses: [] },
    });
    expect(
      windowHardwareSettings({ CALL_BUTTON_SERIAL_PORT: '/dev/ttyUSB1', DOOR_BUTTON_ADDRESSES: ' 90, 7' })
        .buttons?.doorAddresses,
    ).toEqual([90, 7]);
    expect(() =>
      windowHardwareSettings({ CALL_BUTTON_SERIAL_PORT: '/dev/ttyUSB1', DOOR_BUTTON_ADDRESSES: '90;7' }),
    ).toThrow(/DOOR_BUTTON_ADDRESSES/);
    expect(() => windowHardwareSettings({ LED_SERIAL_PORT: '/dev/ttyUSB0', LED_BAUD_RATE: 'fast' })).toThrow(
      /LED_BAUD_RATE/,
    );
  });
});

describe('LED window displays and call buttons on the office server (MockBinding)', () => {
  let hardware: WindowHardware | null;
  let led: ReturnType<typeof mockSerialLine>;
  let buttons: ReturnType<typeof mockSerialLine>;
  const log: string[] = [];
  const presses: PressOutcome[] = [];

  beforeEach(async () => {
    led = mockSerialLine('/dev/ttyLED');
    buttons = mockSerialLine('/dev/ttyBTN');
    log.length = 0;
    presses.length = 0;
    hardware = await startWindowHardware(
      office.server.runtime,
      windowHardwareSettings({
        LED_SERIAL_PORT: '/dev/ttyLED',
        CALL_BUTTON_SERIAL_PORT: '/dev/ttyBTN',
        CALL_BUTTON_DEBOUNCE_MS: '1500',
        DOOR_BUTTON_ADDRESSES: '90',
      }),
      {
        // One binding for both lines, keeping each line's ports apart so the test can read each.
        binding: {
          list: () => MockBinding.list(),
          open: (options) => (options.path === '/dev/ttyLED' ? led : buttons).binding.open(options),
        },
        log: (line) => log.push(line),
        onPress: (outcome) => presses.push(outcome),
      },
    );
  });
  afterEach(async () => {
    await hardware?.close();
    MockBinding.reset();
  });

  const written = async () => {
    await hardware?.led?.idle();
    return framesOf(led.port().recording);
  };
  const press = (address: string) => buttons.port().emitData(Buffer.from(`B${address}\r`));

  it('starts with every display blank, then shows the number called to a window at its address', async () => {
    expect(await written()).toEqual([clear(0)]);
    await ok(op1, { type: 'window.open', windowId: 'w1', services: null });
    const ticket = await issue('readings');
    await ok(op1, { type: 'ticket.callNext', windowId: 'w1' });
    await until(() => framesOf(led.port().recording).length === 2);
    expect(await written()).toEqual([clear(0), show(1, ticket.number)]);

    // A recall sends the number again; it stays while the visitor is served and goes on finish.
    await ok(op1, { type: 'ticket.recall', windowId: 'w1' });
    await ok(op1, { type: 'ticket.start', windowId: 'w1' });
    await ok(op1, { type: 'ticket.finish', windowId: 'w1', result: 'resolved' });
    await until(() => framesOf(led.port().recording).length === 4);
    expect((await written()).slice(2)).toEqual([show(1, ticket.number), clear(1)]);
  });

  it('blanks a display on no-show, transfer and close, and never writes for another window', async () => {
    const first = await issue('readings');
    const second = await issue('readings');
    await ok(op1, { type: 'ticket.callNext', windowId: 'w1' });
    clockShift.ms += 61_000;
    await ok(op1, { type: 'ticket.noShow', windowId: 'w1' });
    await ok(op1, { type: 'ticket.callNext', windowId: 'w1' });
    // The cash desk is open: a transfer goes only where someone will serve the visitor, and the last
    // window serving a waiting visitor's topic may not close (003 §8.3).
    await ok(kassa, { type: 'window.open', windowId: 'k1', services: null });
    await ok(op1, {
      type: 'ticket.transfer',
      windowId: 'w1',
      toServiceId: 'payment',
      toWindowId: null,
      reason: 'Оплата в кассе',
    });
    await ok(op1, { type: 'window.close', windowId: 'w1' });
    await until(() => framesOf(led.port().recording).length >= 6);
    expect(await written()).toEqual([
      clear(0),
      show(1, first.number),
      clear(1),
      show(1, second.number),
      clear(1),
      clear(1),
    ]);
  });

  it('a press calls next for the button’s window as its operator; a bounce and a busy window do nothing', async () => {
    await ok(op2, { type: 'window.open', windowId: 'w2', services: null });
    const waiting = await issue('consult');
    press('02');
    await until(() => presses.length === 1);
    expect(presses[0]).toMatchObject({ kind: 'called', windowId: 'w2', staffId: 'op2' });
    const state = office.server.runtime.state;
    const called = Object.values(state.tickets).find((t) => t.id === waiting.id);
    expect(called).toMatchObject({ state: 'called', windowId: 'w2', staffId: 'op2' });
    // The operator's console sees it like any other call, and the display shows it.
    await until(() => op2.store.getState().view?.windows.find((w) => w.id === 'w2')?.ticketId === waiting.id);
    await until(() =>
      framesOf(led.port().recording).some((f) => f.address === 2 && f.command.kind === 'show'),
    );
    expect(await written()).toContainEqual(show(2, waiting.number));

    // Contact bounce within 1.5 s is dropped on the line (an unmapped press marks when it was read).
    press('02');
    press('02');
    press('42');
    await until(() => log.some((l) => l.startsWith('call button 42')));
    expect(presses).toHaveLength(1);

    // A press while the visitor is still at the window is refused by the engine: only a log line.
    await ok(op1, { type: 'window.open', windowId: 'w1', services: null });
    await issue('readings');
    await ok(op1, { type: 'ticket.callNext', windowId: 'w1' });
    const seq = office.server.runtime.state.seq;
    press('01');
    await until(() => presses.length === 2);
    expect(presses[1]).toMatchObject({ kind: 'refused', windowId: 'w1', code: 'window_busy' });
    expect(log.at(-1)).toMatch(/Окно 1: refused \(window_busy\): В окне ещё идёт приём талона/);
    expect(office.server.runtime.state.seq).toBe(seq);
  });

  it('a press at a closed window or of an unknown address does nothing and is logged', async () => {
    const before = office.server.runtime.state.seq;
    press('03');
    press('42');
    await until(() => log.length >= 2);
    expect(presses).toEqual([{ kind: 'noOperator', windowId: 'w3' }]);
    expect(log).toContain('call button 42 pressed: no window has this address');
    expect(office.server.runtime.state.seq).toBe(before);
  });

  it('a press of the entrance button raises «у входа ждут помощи» on the board, once, until someone accepts it', async () => {
    const admin = await office.staff('admin', '1111');
    press('90');
    await until(() => log.some((l) => l.startsWith('door button button-90: help needed')));
    const key = 'door:button-90';
    await until(() => admin.store.getState().view?.alarms.some((a) => a.key === key) === true);
    expect(admin.store.getState().view?.alarms.find((a) => a.key === key)).toMatchObject({
      kind: 'doorCall',
      deviceId: 'button-90',
      acknowledgedBy: null,
    });
    // Pressed again while the call is open: nothing is stored.
    const seq = office.server.runtime.state.seq;
    press('90');
    await until(() => log.some((l) => l.includes('pressed again')));
    expect(office.server.runtime.state.seq).toBe(seq);
    // A reserve (here an operator) accepts it by name; the call leaves every screen.
    await ok(op1, { type: 'door.accept', key });
    expect(office.server.runtime.state.alarms[key]).toBeUndefined();
    await admin.close();
  });
});
