import { formatLocal } from '@queue/engine';
import {
  type DecodedTicket,
  type VirtualPrinter,
  renderTicketPng,
  renderTicketSvg,
} from '@queue/kiosk-hardware';
import type { HttpRoute } from '../transport/http-routes.js';

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
export const virtualPrinterRoutes = (printer: VirtualPrinter, timeZone: () => string): HttpRoute[] => {
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

  const ticketAt = (pathname: string) => {
    const n = Number(/^\/printer\/tickets\/(\d+)\.(png|svg)$/.exec(pathname)?.[1]);
    return printer.tickets()[n - 1];
  };

  return [
    {
      method: 'GET',
      path: '/printer',
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(page());
      },
    },
    {
      method: 'POST',
      path: '/printer/paper',
      handle: async (req, res) => {
        let body = '';
        for await (const chunk of req) body += String(chunk);
        paperOut = new URLSearchParams(body).get('paperOut') === '1';
        printer.setPaperOut(paperOut);
        res.writeHead(303, { location: '/printer' });
        res.end();
      },
    },
    {
      method: 'GET',
      path: /^\/printer\/tickets\/\d+\.(png|svg)$/,
      handle: (_req, res, url) => {
        const ticket = ticketAt(url.pathname);
        if (!ticket) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('Нет такого талона');
          return;
        }
        if (url.pathname.endsWith('.png')) {
          res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
          res.end(renderTicketPng(ticket, { columns: COLUMNS }));
        } else {
          res.writeHead(200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'no-store' });
          res.end(renderTicketSvg(ticket, { columns: COLUMNS }));
        }
      },
    },
  ];
};
