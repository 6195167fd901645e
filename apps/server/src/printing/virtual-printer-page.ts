import { formatLocal } from '@queue/engine';
import {
  type DecodedTicket,
  type VirtualPrinter,
  renderTicketPng,
  renderTicketSvg,
} from '@queue/kiosk-hardware';
import { z } from 'zod';
import type { OfficeRoutes } from '../http/office-deps.js';

/** How many printed tickets the page shows, newest first. */
const SHOWN = 12;
/** 80 mm paper, as the demo kiosk prints. */
const COLUMNS = 48;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const numberOf = (ticket: DecodedTicket) =>
  ticket.lines.reduce((best, line) => (line.size > best.size ? line : best), { text: '', size: 0 }).text;

/**
 * The page a newcomer opens to see what the demo kiosk really printed (issue 3): every ticket went through
 * node-thermal-printer over TCP to the virtual printer, which decoded the ESC/POS back into lines. The
 * page also empties and refills the paper roll, to try the failure path from the kiosk.
 */
export const virtualPrinterRoutes =
  (printer: VirtualPrinter): OfficeRoutes =>
  async (app) => {
    const timeZone = () => app.office.runtime.state.config.timeZone;
    let paperOut = false;

    const page = () => {
      const printed = printer.tickets();
      const items = printed
        .map((ticket, index) => ({ ticket, n: index + 1 }))
        .slice(-SHOWN)
        .reverse()
        .map(
          ({ ticket, n }) =>
            `<figure><figcaption><b>${escapeHtml(numberOf(ticket))}</b> · ${formatLocal(ticket.receivedAt, timeZone())}` +
            ` · <a href="/printer/tickets/${n}.png">PNG</a></figcaption>${renderTicketSvg(ticket, { columns: COLUMNS })}</figure>`,
        )
        .join('\n');
      return `<!doctype html><html lang="ru"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="5">
<link rel="icon" type="image/svg+xml" href="/kiosk/favicon.svg">
<title>Виртуальный принтер</title>
<style>
body{font-family:"DejaVu Sans",Arial,sans-serif;background:#e9edf1;color:#14202b;margin:24px}
h1{margin:0 0 8px}.state{margin:0 0 16px}
.tickets{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
figure{margin:0;background:#fff;padding:8px;box-shadow:0 2px 6px #0003}
figcaption{margin-bottom:6px}svg{display:block;max-width:100%;height:auto}
button{font:inherit;min-height:48px;padding:0 16px;border-radius:8px}
</style></head><body>
<h1>Виртуальный принтер</h1>
<p class="state">tcp://${printer.host}:${printer.port} · напечатано талонов: ${printed.length} ·
бумага: ${paperOut ? '<b>закончилась</b>' : 'есть'}</p>
<form method="post" action="/printer/paper"><button name="paperOut" value="${paperOut ? '0' : '1'}">${
        paperOut ? 'Вставить новый рулон' : 'Смоделировать конец бумаги'
      }</button></form>
<p>Последние талоны (страница обновляется каждые 5 секунд):</p>
<div class="tickets">${items || '<p>Пока ничего не напечатано. Возьмите талон на киоске.</p>'}</div>
</body></html>`;
    };

    // The page's form posts urlencoded; only this plugin reads that media type.
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );

    app.get('/printer', (_request, reply) => reply.type('text/html; charset=utf-8').send(page()));

    app.post(
      '/printer/paper',
      { schema: { body: z.object({ paperOut: z.enum(['0', '1']).optional() }) } },
      (request, reply) => {
        paperOut = request.body.paperOut === '1';
        printer.setPaperOut(paperOut);
        return reply.redirect('/printer', 303);
      },
    );

    app.get(
      '/printer/tickets/:file',
      { schema: { params: z.object({ file: z.string().regex(/^\d+\.(png|svg)$/) }) } },
      (request, reply) => {
        const [n, kind] = request.params.file.split('.');
        const ticket = printer.tickets()[Number(n) - 1];
        if (!ticket) return reply.status(404).type('text/plain; charset=utf-8').send('Нет такого талона');
        if (kind === 'png')
          return reply.type('image/png').send(renderTicketPng(ticket, { columns: COLUMNS }));
        return reply.type('image/svg+xml; charset=utf-8').send(renderTicketSvg(ticket, { columns: COLUMNS }));
      },
    );
  };
