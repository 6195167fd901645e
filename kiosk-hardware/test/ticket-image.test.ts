import { describe, expect, it } from 'vitest';
import { GLYPH_HEIGHT, GLYPH_WIDTH, glyphRows, hasGlyph } from '../src/virtual-printer/bitmap-font.js';
import { crc32 } from '../src/virtual-printer/crc32.js';
import type { DecodedTicket } from '../src/virtual-printer/decoded-ticket.js';
import { encodePng } from '../src/virtual-printer/png-encoder.js';
import { ticketGeometry } from '../src/virtual-printer/ticket-geometry.js';
import { renderTicketPng } from '../src/virtual-printer/ticket-png.js';
import { renderTicketSvg } from '../src/virtual-printer/ticket-svg.js';
import { readPng } from './png-reader.js';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const TICKET: DecodedTicket = {
  lines: [
    { text: 'ЦОК Энергосбыт', size: 1, align: 'center', bold: true },
    { text: 'Ваш номер', size: 1, align: 'center', bold: false },
    { text: 'А001', size: 4, align: 'center', bold: true },
    { text: 'Передача показаний', size: 1, align: 'left', bold: false },
  ],
  qr: 'https://queue.example/t/A001',
  cut: true,
  receivedAt: 0,
};

describe('CRC-32', () => {
  it('gives the standard check value for "123456789"', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('PNG encoder', () => {
  it('writes the signature, IHDR, IDAT, IEND with valid CRCs and the pixels given', () => {
    const pixels = Uint8Array.from([0, 255, 128, 255, 0, 64]);
    const png = readPng(encodePng({ width: 3, height: 2, pixels }));
    expect(png.chunkTypes).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(png.crcValid).toBe(true);
    expect([png.pixel(0, 0), png.pixel(2, 0), png.pixel(2, 1)]).toEqual([0, 128, 64]);
  });

  it('refuses a pixel buffer of the wrong size', () => {
    expect(() => encodePng({ width: 2, height: 2, pixels: new Uint8Array(3) })).toThrow(RangeError);
  });
});

describe('ticket PNG', () => {
  it('is a PNG as wide as 48 columns of 80 mm paper and tall enough for its lines and QR', () => {
    const buffer = renderTicketPng(TICKET);
    expect([...buffer.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const png = readPng(buffer);
    expect(png.crcValid).toBe(true);
    expect(png.width).toBe(48 * 12 + 32);
    // three normal lines, one 4× line, the QR box and its payload
    expect(png.height).toBeGreaterThan(3 * 16 + 64 + 168);
    expect(png.height).toBeLessThan(1000);
  });

  it('is narrower for 58 mm paper', () => {
    expect(readPng(renderTicketPng(TICKET, { columns: 32 })).width).toBe(32 * 12 + 32);
  });

  it('draws the number in ink, centred on the paper', () => {
    const png = readPng(renderTicketPng(TICKET));
    const band = ticketGeometry(TICKET).lines[2]!;
    let inked = 0;
    let sumX = 0;
    for (let y = band.y; y < band.y + band.height; y++) {
      for (let x = 0; x < png.width; x++) {
        if (png.pixel(x, y) === 0) {
          inked += 1;
          sumX += x;
        }
      }
    }
    expect(inked).toBeGreaterThan(500);
    expect(Math.abs(sumX / inked - png.width / 2)).toBeLessThan(24);
  });

  it('draws left-aligned text from the left margin', () => {
    const png = readPng(renderTicketPng(TICKET));
    const band = ticketGeometry(TICKET).lines[3]!;
    let leftmost = png.width;
    for (let y = band.y; y < band.y + band.height; y++) {
      for (let x = 0; x < png.width; x++) if (png.pixel(x, y) === 0) leftmost = Math.min(leftmost, x);
    }
    expect(leftmost).toBeLessThan(24);
  });
});

describe('bitmap font', () => {
  const alphabet =
    'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя' +
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,:;-+()№«»';

  it('has a 5×7 glyph for every Russian and Latin letter, digit and ticket punctuation', () => {
    for (const char of alphabet) {
      expect(hasGlyph(char), char).toBe(true);
      const rows = glyphRows(char);
      expect(rows, char).toHaveLength(GLYPH_HEIGHT);
      for (const row of rows) expect(row, char).toBeLessThan(1 << GLYPH_WIDTH);
    }
  });

  it('draws letters that differ differently', () => {
    const letters = [...'БГДЖЗИЙЛПУФЦЧШЩЪЫЬЭЮЯбгджзийлпфцчшщъыьэюя'];
    const shapes = new Set(letters.map((char) => glyphRows(char).join(',')));
    expect(shapes.size).toBe(letters.length);
    expect(glyphRows('Р')).toEqual(glyphRows('P'));
  });

  it('draws zero as an empty oval, with no slash or dot inside, as a ticket number reads it', () => {
    const rows = glyphRows('0');
    const inner = 0b01110;
    // The five rows between the top and the bottom arc have ink only at the sides.
    for (const row of rows.slice(1, 6)) expect(row & inner, rows.join(',')).toBe(0);
    expect(rows[0]).toBe(inner);
    expect(rows[6]).toBe(inner);
  });
});

describe('ticket SVG', () => {
  it('has each line as text, the number at four times the size, and the QR payload', () => {
    const svg = renderTicketSvg(TICKET);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toMatch(/font-size="64"[^>]*font-weight="bold"[^>]*>А001<\/text>/);
    // The number in a sans font, whose zero is a plain oval, never a monospace one with a dotted zero.
    expect(svg).toMatch(/font-family="'DejaVu Sans',[^"]*"[^>]*>А001<\/text>/);
    expect(svg).toContain('>Передача показаний</text>');
    expect(svg).toContain('https://queue.example/t/A001');
  });

  it('escapes markup in printed text', () => {
    const svg = renderTicketSvg({
      ...TICKET,
      lines: [{ text: '<b>&', size: 1, align: 'left', bold: false }],
    });
    expect(svg).toContain('&#60;b&#62;&#38;');
    expect(svg).not.toContain('<b>');
  });
});
