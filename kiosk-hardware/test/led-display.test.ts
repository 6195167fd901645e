import { MockBinding } from '@serialport/binding-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { blockCheck, decodeLedFrame, encodeLedFrame, openLedDisplays } from '../src/led-display.js';
import { mockSerialLine, until } from './mock-serial-line.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

afterEach(() => {
  MockBinding.reset();
});

describe('LED display frame', () => {
  it('shows «А001» on display 03 as STX "03" "N" CP866 bytes ETX BCC', () => {
    // BCC = 30^33^4E^80^30^30^31^03 = FF, the worked example in docs/HARDWARE.md
    expect(hex(encodeLedFrame({ address: 3, command: { kind: 'show', number: 'А001' } }))).toBe(
      '0230334e8030303103ff',
    );
  });

  it('clears display 12 as STX "12" "C" ETX BCC', () => {
    expect(hex(encodeLedFrame({ address: 12, command: { kind: 'clear' } }))).toBe('023132430343');
  });

  it('checks with XOR over address to ETX', () => {
    const frame = encodeLedFrame({ address: 7, command: { kind: 'show', number: 'Б15' } });
    expect(frame.at(-1)).toBe(blockCheck(frame.subarray(1, -1)));
  });

  it('decodes what it encodes and rejects a frame with a bad check byte', () => {
    const frame = encodeLedFrame({ address: 41, command: { kind: 'show', number: 'Я999' } });
    expect(decodeLedFrame(frame)).toEqual({ address: 41, command: { kind: 'show', number: 'Я999' } });
    const corrupted = Uint8Array.from(frame);
    corrupted[4] = 0x81;
    expect(decodeLedFrame(corrupted)).toBeUndefined();
  });

  it('refuses numbers a display cannot show and addresses out of range', () => {
    expect(() => encodeLedFrame({ address: 1, command: { kind: 'show', number: '' } })).toThrow(RangeError);
    expect(() => encodeLedFrame({ address: 1, command: { kind: 'show', number: 'А0000001' } })).not.toThrow();
    expect(() => encodeLedFrame({ address: 1, command: { kind: 'show', number: 'А00000001' } })).toThrow(
      RangeError,
    );
    expect(() => encodeLedFrame({ address: 1, command: { kind: 'show', number: 'А\u0003' } })).toThrow(
      RangeError,
    );
    expect(() => encodeLedFrame({ address: 1, command: { kind: 'show', number: '«А»' } })).toThrow(
      RangeError,
    );
    expect(() => encodeLedFrame({ address: 100, command: { kind: 'clear' } })).toThrow(RangeError);
  });
});

describe('LED displays on a serial line (MockBinding)', () => {
  it('sends the frame of the window’s display, at the configured baud rate', async () => {
    const line = mockSerialLine('/dev/ttyLED0');
    const displays = await openLedDisplays({
      path: '/dev/ttyLED0',
      baudRate: 19200,
      addressByWindow: { 'window-3': 3, 'window-12': 12 },
      binding: line.binding,
    });
    await displays.show('window-3', 'А001');
    await displays.clear('window-12');
    await until(() => line.port().recording.length >= 16);
    expect(hex(line.port().recording)).toBe('0230334e8030303103ff' + '023132430343');
    expect(line.port().openOptions.baudRate).toBe(19200);
    expect(line.opened).toHaveLength(1);
    await displays.close();
    expect(line.port().isOpen).toBe(false);
  });

  it('clears every display with one broadcast frame to address 00', async () => {
    const line = mockSerialLine('/dev/ttyLED1');
    const displays = await openLedDisplays({
      path: '/dev/ttyLED1',
      addressByWindow: { w1: 1 },
      binding: line.binding,
    });
    await displays.clearAll();
    await until(() => line.port().recording.length >= 6);
    expect(decodeLedFrame(line.port().recording)).toEqual({ address: 0, command: { kind: 'clear' } });
    await displays.close();
  });

  it('rejects a window without a display, and a mapping onto the broadcast address', async () => {
    const line = mockSerialLine('/dev/ttyLED2');
    const displays = await openLedDisplays({
      path: '/dev/ttyLED2',
      addressByWindow: { w1: 1 },
      binding: line.binding,
    });
    await expect(displays.show('w9', 'А001')).rejects.toThrow(/window w9/);
    await displays.close();
    await expect(
      openLedDisplays({ path: '/dev/ttyLED2', addressByWindow: { w1: 0 }, binding: line.binding }),
    ).rejects.toThrow(/broadcast/);
  });
});
