import { MockBinding } from '@serialport/binding-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ButtonFrameReader, type CallButtonPress, openCallButtons } from '../src/call-button.js';
import { mockSerialLine, until } from './mock-serial-line.js';

afterEach(() => {
  MockBinding.reset();
});

describe('button frames', () => {
  it('reads "B" + two digits + CR, across chunk boundaries, ignoring LF and noise', () => {
    const reader = new ButtonFrameReader();
    expect(reader.push(Buffer.from('B0'))).toEqual([]);
    expect(reader.push(Buffer.from('3\r\n'))).toEqual([3]);
    expect(reader.push(Buffer.from('\u0000xx~B12\rB7\rBAB\rB99\r'))).toEqual([12, 99]);
  });

  it('does not grow without bound on a line that never ends', () => {
    const reader = new ButtonFrameReader();
    reader.push(Buffer.alloc(100_000, 0x41));
    expect(reader.push(Buffer.from('B05\r'))).toEqual([5]);
  });
});

describe('call buttons on a serial line (MockBinding)', () => {
  async function open(path: string, now: () => number) {
    const line = mockSerialLine(path);
    const buttons = await openCallButtons({
      path,
      windowByAddress: { 3: 'window-3', 4: 'window-4' },
      binding: line.binding,
      now,
    });
    const presses: CallButtonPress[] = [];
    const unmapped: number[] = [];
    buttons.on('press', (press) => presses.push(press));
    buttons.on('unmapped', (address) => unmapped.push(address));
    return { line, buttons, presses, unmapped };
  }

  it('emits the window the button is mapped to', async () => {
    const { line, buttons, presses } = await open('/dev/ttyBTN0', () => 1000);
    line.port().emitData(Buffer.from('B03\r'));
    await until(() => presses.length === 1);
    expect(presses).toEqual([{ windowId: 'window-3', address: 3, at: 1000 }]);
    await buttons.close();
  });

  it('drops a second press of the same button within 1.5 s, and takes one after', async () => {
    let clock = 0;
    const { line, buttons, presses } = await open('/dev/ttyBTN1', () => clock);
    const press = async (expected: number) => {
      line.port().emitData(Buffer.from('B03\r'));
      line.port().emitData(Buffer.from('B04\r')); // a marker that always gets through, so we know the data was read
      await until(() => presses.filter((p) => p.windowId === 'window-4').length === expected);
    };
    clock = 10_000;
    await press(1);
    clock = 11_499;
    await press(1); // window-4 also debounced: both within 1.5 s
    clock = 11_500;
    await press(2);
    expect(presses.filter((p) => p.windowId === 'window-3').map((p) => p.at)).toEqual([10_000, 11_500]);
    await buttons.close();
  });

  it('does not let one button’s press debounce another’s', async () => {
    const { line, buttons, presses } = await open('/dev/ttyBTN2', () => 5000);
    line.port().emitData(Buffer.from('B03\rB04\r'));
    await until(() => presses.length === 2);
    expect(presses.map((p) => p.windowId)).toEqual(['window-3', 'window-4']);
    await buttons.close();
  });

  it('reports a button that is not mapped to any window', async () => {
    const { line, buttons, presses, unmapped } = await open('/dev/ttyBTN3', () => 0);
    line.port().emitData(Buffer.from('B42\r'));
    await until(() => unmapped.length === 1);
    expect(unmapped).toEqual([42]);
    expect(presses).toEqual([]);
    await buttons.close();
  });

  it('stops calling a listener once it is removed', async () => {
    let clock = 0;
    const line = mockSerialLine('/dev/ttyBTN4');
    const buttons = await openCallButtons({
      path: '/dev/ttyBTN4',
      windowByAddress: { 1: 'w1' },
      binding: line.binding,
      now: () => clock,
    });
    const first: string[] = [];
    const second: string[] = [];
    const off = buttons.on('press', (p) => first.push(p.windowId));
    buttons.on('press', (p) => second.push(p.windowId));
    line.port().emitData(Buffer.from('B01\r'));
    await until(() => second.length === 1);
    off();
    clock = 10_000;
    line.port().emitData(Buffer.from('B01\r'));
    await until(() => second.length === 2);
    expect(first).toEqual(['w1']);
    await buttons.close();
  });
});
