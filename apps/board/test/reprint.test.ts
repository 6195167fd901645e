import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reprintTicket } from '../src/admin/reprint';

/** A real HTTP server standing in for the printing endpoint, answering as each test case needs. */
let server: Server;
let base: string;
const received: { auth: string | undefined; body: string }[] = [];
let answer: { status: number; body: string } = { status: 200, body: '{"ok":true}' };

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ auth: req.headers.authorization, body });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.body);
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

const texts = {
  failed: (code: string, status: number) => `сервер ответил «${code}» (HTTP ${status})`,
  notPrinted: (status: string, detail: string | null) => `принтер: ${status}${detail ? `, ${detail}` : ''}`,
  unreachable: 'сервер не ответил',
};

describe('reprint', () => {
  it('posts the ticket id with the administrator’s token and reports the printed ticket', async () => {
    answer = { status: 200, body: '{"ok":true,"result":{"status":"printed"}}' };
    expect(await reprintTicket(base, 's.token.sig', 'T7', texts)).toEqual({ ok: true, message: null });
    expect(received.at(-1)).toEqual({ auth: 'Bearer s.token.sig', body: '{"ticketId":"T7"}' });
  });

  it('reports a printer that answered but did not print', async () => {
    answer = { status: 200, body: '{"ok":true,"result":{"status":"paper_out","detail":"cover open"}}' };
    expect(await reprintTicket(base, 't', 'T7', texts)).toEqual({
      ok: false,
      message: 'принтер: paper_out, cover open',
    });
  });

  it('shows the server’s own error text, in the board’s language', async () => {
    answer = {
      status: 409,
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'ticket_not_waiting',
          message: { ru: 'Талон уже не в очереди.', en: 'The ticket is no longer waiting.' },
        },
      }),
    };
    expect(await reprintTicket(base, 't', 'T7', texts)).toEqual({
      ok: false,
      message: 'Талон уже не в очереди.',
    });
    expect(await reprintTicket(base, 't', 'T7', texts, 'en')).toEqual({
      ok: false,
      message: 'The ticket is no longer waiting.',
    });
  });

  it('says what happened when the answer is not the contract’s, or none comes', async () => {
    // Not a WireError (no text): a proxy in between, or another program at that address.
    answer = { status: 404, body: '{"ok":false,"error":{"code":"not_found"}}' };
    expect(await reprintTicket(base, 't', 'T7', texts)).toEqual({
      ok: false,
      message: 'сервер ответил «unexpected» (HTTP 404)',
    });
    answer = { status: 500, body: 'not json' };
    expect(await reprintTicket(base, 't', 'T7', texts)).toEqual({
      ok: false,
      message: 'сервер ответил «unexpected» (HTTP 500)',
    });
    // A 200 that is not a print result is not taken for one.
    answer = { status: 200, body: '{"ok":true}' };
    expect(await reprintTicket(base, 't', 'T7', texts)).toEqual({
      ok: false,
      message: 'сервер ответил «unexpected» (HTTP 200)',
    });
    expect(await reprintTicket('http://127.0.0.1:1', 't', 'T7', texts)).toEqual({
      ok: false,
      message: 'сервер не ответил',
    });
  });
});
