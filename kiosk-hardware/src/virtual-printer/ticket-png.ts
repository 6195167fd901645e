/**
 * A picture of a decoded ticket as PNG, drawn with the 5×7 bitmap font, for the developer page and for
 * test artefacts. The QR code is shown as a framed box with its payload under it: the payload is what
 * matters when checking a ticket, and a QR encoder would be a project of its own.
 */
import { GLYPH_HEIGHT, GLYPH_WIDTH, glyphRows } from './bitmap-font.js';
import type { DecodedTicket } from './decoded-ticket.js';
import { encodePng } from './png-encoder.js';
import {
  CELL_HEIGHT,
  CELL_WIDTH,
  MARGIN,
  type TicketImageOptions,
  ticketGeometry,
} from './ticket-geometry.js';

const INK = 0;
const PAPER = 255;

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height).fill(PAPER);
  }

  fill(x: number, y: number, w: number, h: number, shade = INK): void {
    for (let row = Math.max(0, y); row < Math.min(this.height, y + h); row++) {
      for (let col = Math.max(0, x); col < Math.min(this.width, x + w); col++) {
        this.pixels[row * this.width + col] = shade;
      }
    }
  }

  /** One character: the 5×7 glyph in a 6×8 cell, each font cell a square of `dot` pixels. */
  glyph(char: string, x: number, y: number, dotWidth: number, dotHeight: number, bold: boolean): void {
    const rows = glyphRows(char);
    rows.forEach((bits, row) => {
      for (let col = 0; col < GLYPH_WIDTH; col++) {
        if ((bits >> (GLYPH_WIDTH - 1 - col)) & 1) {
          // Bold as a thermal printer does it: the same dots again, shifted right by a fraction of a dot.
          const extra = bold ? Math.max(1, Math.floor(dotWidth / 2)) : 0;
          this.fill(x + col * dotWidth, y + row * dotHeight, dotWidth + extra, dotHeight);
        }
      }
    });
  }

  text(text: string, x: number, y: number, size: number, bold: boolean): void {
    const dotWidth = (CELL_WIDTH / (GLYPH_WIDTH + 1)) * size;
    const dotHeight = (CELL_HEIGHT / (GLYPH_HEIGHT + 1)) * size;
    [...text].forEach((char, index) => {
      this.glyph(char, x + index * CELL_WIDTH * size, y, dotWidth, dotHeight, bold);
    });
  }
}

export function renderTicketPng(ticket: DecodedTicket, options: TicketImageOptions = {}): Buffer {
  const geometry = ticketGeometry(ticket, options);
  const canvas = new Canvas(geometry.width, geometry.height);
  for (const placed of geometry.lines) {
    canvas.text(placed.line.text, placed.x, placed.y, placed.line.size, placed.line.bold);
  }
  if (geometry.qr) {
    const { x, y, size, payloadLines } = geometry.qr;
    canvas.fill(x, y, size, size);
    canvas.fill(x + 4, y + 4, size - 8, size - 8, PAPER);
    canvas.text('QR', x + size / 2 - CELL_WIDTH, y + size / 2 - CELL_HEIGHT / 2, 1, true);
    for (const line of payloadLines) {
      const lineWidth = [...line.text].length * CELL_WIDTH;
      canvas.text(line.text, Math.round((geometry.width - lineWidth) / 2), line.y, 1, false);
    }
  }
  if (geometry.cutY !== undefined) {
    // A dashed line where the knife cut.
    for (let x = MARGIN / 2; x < geometry.width - MARGIN / 2; x += 12)
      canvas.fill(x, geometry.cutY, 6, 1, 96);
  }
  return encodePng({ width: canvas.width, height: canvas.height, pixels: canvas.pixels });
}
