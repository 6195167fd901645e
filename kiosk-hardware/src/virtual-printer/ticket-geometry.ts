/**
 * Where each line of a decoded ticket goes on the picture, shared by the PNG and SVG renderers so the
 * two show the same ticket. Units are image pixels; one character cell of font A is 12 × 24 printer
 * dots, drawn here at half height for a compact preview.
 */
import type { DecodedLine, DecodedTicket } from './decoded-ticket.js';

export interface TicketImageOptions {
  /** Characters per line at size 1: 48 for 80 mm paper, 32 for 58 mm. */
  columns?: number;
}

export const CELL_WIDTH = 12;
export const CELL_HEIGHT = 16;
export const MARGIN = 16;
const LINE_GAP = 4;
export const QR_BOX = 168;

export interface PlacedLine {
  line: DecodedLine;
  /** Left edge of the text. */
  x: number;
  /** Top of the text. */
  y: number;
  width: number;
  height: number;
}

export interface TicketGeometry {
  width: number;
  height: number;
  lines: PlacedLine[];
  qr?: { x: number; y: number; size: number; payloadLines: { text: string; y: number }[] };
  cutY?: number;
}

function wrapPayload(payload: string, columns: number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < payload.length; i += columns) chunks.push(payload.slice(i, i + columns));
  return chunks;
}

export function ticketGeometry(ticket: DecodedTicket, options: TicketImageOptions = {}): TicketGeometry {
  const columns = options.columns ?? 48;
  const width = columns * CELL_WIDTH + 2 * MARGIN;
  let y = MARGIN;
  const lines: PlacedLine[] = ticket.lines.map((line) => {
    const textWidth = [...line.text].length * CELL_WIDTH * line.size;
    const x =
      line.align === 'center'
        ? Math.round((width - textWidth) / 2)
        : line.align === 'right'
          ? width - MARGIN - textWidth
          : MARGIN;
    const placed = { line, x, y, width: textWidth, height: CELL_HEIGHT * line.size };
    y += placed.height + LINE_GAP;
    return placed;
  });
  const geometry: TicketGeometry = { width, height: 0, lines };
  if (ticket.qr !== undefined) {
    const qrY = y + LINE_GAP;
    y = qrY + QR_BOX + LINE_GAP;
    const payloadLines = wrapPayload(ticket.qr, columns).map((text) => {
      const line = { text, y };
      y += CELL_HEIGHT + LINE_GAP;
      return line;
    });
    geometry.qr = { x: Math.round((width - QR_BOX) / 2), y: qrY, size: QR_BOX, payloadLines };
  }
  if (ticket.cut) {
    geometry.cutY = y + MARGIN / 2;
    y += MARGIN / 2;
  }
  geometry.height = y + MARGIN;
  return geometry;
}
