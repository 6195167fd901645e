/**
 * Runs the virtual printer for development: `npm run virtual-printer -w @queue/kiosk-hardware`.
 *   VIRTUAL_PRINTER_PORT       TCP port, default 9100
 *   VIRTUAL_PRINTER_HOST       interface to listen on, default 127.0.0.1
 *   VIRTUAL_PRINTER_CODE_PAGE  table before ESC t: CP866 or WPC1251 (default: a stock PC437 printer)
 *   VIRTUAL_PRINTER_PAPER_OUT  1 to start with an empty paper roll
 *   VIRTUAL_PRINTER_OUT        a folder to save each ticket to as PNG and SVG
 *   VIRTUAL_PRINTER_COLUMNS    characters per line for those images: 48 (80 mm, default) or 32 (58 mm)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CodePage } from '../codepage.js';
import type { DecodedTicket } from './decoded-ticket.js';
import { renderTicketPng } from './ticket-png.js';
import { renderTicketSvg } from './ticket-svg.js';
import { startVirtualPrinter } from './virtual-printer.js';

function codePageFromEnv(value: string | undefined): CodePage | undefined {
  if (value === 'CP866' || value === 'WPC1251') return value;
  if (value) console.warn(`VIRTUAL_PRINTER_CODE_PAGE=${value} is not CP866 or WPC1251; ignored`);
  return undefined;
}

function describe(ticket: DecodedTicket): string {
  const width = Math.max(20, ...ticket.lines.map((line) => line.text.length * line.size));
  const body = ticket.lines.map((line) => {
    const text = line.size > 1 ? [...line.text].join(' '.repeat(line.size - 1)) : line.text;
    const pad =
      line.align === 'center'
        ? Math.floor((width - text.length) / 2)
        : line.align === 'right'
          ? width - text.length
          : 0;
    return `  │ ${' '.repeat(Math.max(0, pad))}${text}`;
  });
  if (ticket.qr !== undefined) body.push(`  │ [QR] ${ticket.qr}`);
  body.push(ticket.cut ? '  ✂ ─────────' : '  (no cut)');
  return body.join('\n');
}

const port = Number(process.env.VIRTUAL_PRINTER_PORT ?? 9100);
const host = process.env.VIRTUAL_PRINTER_HOST ?? '127.0.0.1';
const outDir = process.env.VIRTUAL_PRINTER_OUT;
const columns = Number(process.env.VIRTUAL_PRINTER_COLUMNS ?? 48);
const printer = await startVirtualPrinter({
  port,
  host,
  codePage: codePageFromEnv(process.env.VIRTUAL_PRINTER_CODE_PAGE),
  paperOut: process.env.VIRTUAL_PRINTER_PAPER_OUT === '1',
});
console.log(`virtual printer listening on tcp://${printer.host}:${printer.port}`);
if (outDir) await mkdir(outDir, { recursive: true });

let count = 0;
printer.on('ticket', (ticket) => {
  count += 1;
  console.log(`ticket ${count} at ${new Date(ticket.receivedAt).toISOString()}\n${describe(ticket)}`);
  if (outDir) {
    const base = join(outDir, `ticket-${String(count).padStart(4, '0')}`);
    Promise.all([
      writeFile(`${base}.png`, renderTicketPng(ticket, { columns })),
      writeFile(`${base}.svg`, renderTicketSvg(ticket, { columns })),
    ]).then(
      () => console.log(`  saved ${base}.png and .svg`),
      (error: unknown) => console.error(`  could not save the ticket image: ${String(error)}`),
    );
  }
});

printer.on('discarded', (ticket) => {
  console.log(`a job of ${ticket.lines.length} lines was read but not printed: the paper roll is empty`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void printer.close().then(() => process.exit(0));
  });
}
