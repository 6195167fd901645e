/**
 * A decoded ticket as SVG for the developer web page: crisp at any zoom, selectable text, and the
 * browser's own fonts for every character, so nothing depends on our bitmap font's coverage.
 */
import type { DecodedTicket } from './decoded-ticket.js';
import { CELL_HEIGHT, CELL_WIDTH, type TicketImageOptions, ticketGeometry } from './ticket-geometry.js';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The ticket number, printed large, in a sans font: the monospace fonts a browser has (DejaVu Sans Mono,
 * Liberation Mono) mark the zero with a dot or a slash, and «П001» read as «ПØØ1» (issue 19).
 */
const NUMBER_FONT = "'DejaVu Sans','Liberation Sans',Arial,sans-serif";

export function renderTicketSvg(ticket: DecodedTicket, options: TicketImageOptions = {}): string {
  const geometry = ticketGeometry(ticket, options);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${geometry.width}" height="${geometry.height}" viewBox="0 0 ${geometry.width} ${geometry.height}">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<g font-family="'DejaVu Sans Mono','Consolas',monospace" fill="#000">`,
  ];
  for (const { line, x, y, width, height } of geometry.lines) {
    if (line.text.trim() === '') continue;
    // textLength holds each line to the printer's fixed pitch whatever font the browser picks.
    parts.push(
      `<text x="${x}" y="${y + height * 0.8}" font-size="${CELL_HEIGHT * line.size}" textLength="${width}" lengthAdjust="spacingAndGlyphs"${line.size > 1 ? ` font-family="${NUMBER_FONT}"` : ''}${line.bold ? ' font-weight="bold"' : ''} data-align="${line.align}">${escapeXml(line.text)}</text>`,
    );
  }
  parts.push('</g>');
  if (geometry.qr) {
    const { x, y, size, payloadLines } = geometry.qr;
    parts.push(
      `<rect x="${x + 2}" y="${y + 2}" width="${size - 4}" height="${size - 4}" fill="none" stroke="#000" stroke-width="4"/>`,
      `<text x="${x + size / 2}" y="${y + size / 2}" text-anchor="middle" font-family="monospace" font-size="${CELL_HEIGHT}">QR</text>`,
    );
    for (const line of payloadLines) {
      parts.push(
        `<text class="qr-payload" x="${geometry.width / 2}" y="${line.y + CELL_HEIGHT * 0.8}" text-anchor="middle" font-family="monospace" font-size="${CELL_WIDTH}">${escapeXml(line.text)}</text>`,
      );
    }
  }
  if (geometry.cutY !== undefined) {
    parts.push(
      `<line x1="0" y1="${geometry.cutY}" x2="${geometry.width}" y2="${geometry.cutY}" stroke="#666" stroke-dasharray="6 6"/>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
