import { CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { describe, expect, it } from 'vitest';
import { encodeText, ESC_T_TABLE } from '../src/codepage.js';
import { qrCodeCommands } from '../src/escpos-qr.js';
import { renderTicketEscPos } from '../src/escpos-ticket.js';
import { indexOfBytes, options, SAMPLE_PRINT } from './sample-ticket.js';

const ESC_AT = [0x1b, 0x40];
const GS_SIZE_4X = [0x1d, 0x21, 0x33];
const PARTIAL_CUT = [0x1d, 0x56, 0x01];
const FULL_CUT = [0x1d, 0x56, 0x00];

describe('ticket bytes', () => {
  it('starts by resetting the printer and then selecting PC866 (ESC t 17)', () => {
    const bytes = renderTicketEscPos(SAMPLE_PRINT, options());
    expect([...bytes.subarray(0, 5)]).toEqual([...ESC_AT, 0x1b, 0x74, 17]);
  });

  it('selects WPC1251 (ESC t 46) and encodes text in it when configured', () => {
    const bytes = renderTicketEscPos(SAMPLE_PRINT, options({ codePage: 'WPC1251' }));
    expect([...bytes.subarray(2, 5)]).toEqual([0x1b, 0x74, 46]);
    expect(indexOfBytes(bytes, [0xc2, 0xe0, 0xf8, 0x20, 0xed, 0xee, 0xec, 0xe5, 0xf0])).toBeGreaterThan(0); // «Ваш номер»
  });

  it('uses the table number given for a clone printer instead of Epson’s', () => {
    const bytes = renderTicketEscPos(SAMPLE_PRINT, options({ codePageTable: 7 }));
    expect([...bytes.subarray(2, 5)]).toEqual([0x1b, 0x74, 7]);
    expect(indexOfBytes(bytes, [0x1b, 0x74, 17])).toBe(-1);
  });

  it('agrees with node-thermal-printer on which table is PC866 and which is WPC1251', () => {
    const selection = (characterSet: CharacterSet) => {
      const printer = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: '', characterSet });
      return [...printer.getBuffer()];
    };
    expect(selection(CharacterSet.PC866_CYRILLIC2)).toEqual([0x1b, 0x74, ESC_T_TABLE.CP866]);
    expect(selection(CharacterSet.WPC1251_CYRILLIC)).toEqual([0x1b, 0x74, ESC_T_TABLE.WPC1251]);
  });

  it('carries the Cyrillic text as CP866 bytes, never as UTF-8', () => {
    const bytes = renderTicketEscPos(SAMPLE_PRINT, options());
    // «А001» and «учёта» (with ё = 0xF1)
    expect(indexOfBytes(bytes, [0x80, 0x30, 0x30, 0x31])).toBeGreaterThan(0);
    expect(indexOfBytes(bytes, [0xe3, 0xe7, 0xf1, 0xe2, 0xa0])).toBeGreaterThan(0);
    // UTF-8 «А» is D0 90: it must not appear anywhere.
    expect(indexOfBytes(bytes, [0xd0, 0x90])).toBe(-1);
  });

  it('sets the large size (GS ! 0x33) and centring just before the number', () => {
    const bytes = renderTicketEscPos(SAMPLE_PRINT, options());
    const number = indexOfBytes(bytes, encodeText('А001', 'CP866'));
    const size = bytes.lastIndexOf(Buffer.from(GS_SIZE_4X), number);
    const centre = bytes.lastIndexOf(Buffer.from([0x1b, 0x61, 0x01]), number);
    expect(size).toBeGreaterThan(0);
    expect(number - size).toBe(3); // nothing between the size command and the number
    expect(centre).toBeGreaterThan(0);
    expect(centre).toBeLessThan(size);
    // and the next line is back to normal size
    expect(indexOfBytes(bytes, [0x1d, 0x21, 0x00], number)).toBeGreaterThan(number);
  });

  it('ends with a partial cut, followed only by the reset the library appends', () => {
    const bytes = renderTicketEscPos(SAMPLE_PRINT, options());
    expect([...bytes.subarray(-5)]).toEqual([...PARTIAL_CUT, ...ESC_AT]);
    const full = renderTicketEscPos(SAMPLE_PRINT, options({ cut: 'full' }));
    expect([...full.subarray(-5)]).toEqual([...FULL_CUT, ...ESC_AT]);
  });

  it('stores the QR payload with GS ( k and prints it, before the cut', () => {
    const bytes = renderTicketEscPos(SAMPLE_PRINT, options());
    const payload = Buffer.from(SAMPLE_PRINT.qr ?? '');
    const length = payload.length + 3;
    const store = indexOfBytes(bytes, [
      0x1d,
      0x28,
      0x6b,
      length & 0xff,
      length >> 8,
      0x31,
      0x50,
      0x30,
      ...payload,
    ]);
    const print = indexOfBytes(bytes, [0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30]);
    expect(store).toBeGreaterThan(0);
    expect(print).toBeGreaterThan(store);
    expect(print).toBeLessThan(bytes.length - 5);
  });

  it('sends no QR command when the QR field is off', () => {
    const bytes = renderTicketEscPos(SAMPLE_PRINT, options({ fields: { ...options().fields, qr: false } }));
    expect(indexOfBytes(bytes, [0x1d, 0x28, 0x6b])).toBe(-1);
  });
});

describe('QR command', () => {
  it('counts a non-ASCII payload in bytes, not characters', () => {
    const bytes = qrCodeCommands('Талон А001');
    const utf8 = Buffer.from('Талон А001', 'utf8');
    const store = indexOfBytes(bytes, [0x31, 0x50, 0x30]);
    // pL pH sit 5 bytes before cn fn m
    expect(bytes[store - 2]! + bytes[store - 1]! * 256).toBe(utf8.length + 3);
    expect(bytes.subarray(store + 3, store + 3 + utf8.length).equals(utf8)).toBe(true);
  });

  it('selects model 2, the cell size and the correction level', () => {
    const bytes = qrCodeCommands('x', { cellSize: 8, correction: 'H' });
    expect(indexOfBytes(bytes, [0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00])).toBe(0);
    expect(indexOfBytes(bytes, [0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, 0x08])).toBeGreaterThan(0);
    expect(indexOfBytes(bytes, [0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x33])).toBeGreaterThan(0);
  });
});
