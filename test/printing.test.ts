import { createHash } from 'node:crypto';
import { type Server, type Socket, createServer } from 'node:net';
import type { OfficeClient } from '@queue/client';
import { type VirtualPrinter, startVirtualPrinter } from '@queue/kiosk-hardware';
import { type CommandInput, DEFAULT_TICKET_SETTINGS, type PublicView } from '@queue/protocol';
import { DEMO_DEVICE_TOKENS } from '@queue/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printingRoutes } from '@queue/server';
import { setOfficeTicket } from './support/office-ticket.js';
import { TestOfficeServer, until } from './support/test-office.js';

/**
 * Server-side printing against the real server and the virtual printer over TCP: the office server
 * prints what a browser kiosk issues, records the outcome (and so the printer alarm), tells the kiosk,
 * and reprints for the administrator.
 */

const KIOSK = DEMO_DEVICE_TOKENS['kiosk-1'];
const SECOND_KIOSK = 'second-kiosk-token-for-tests';
const THIRD_KIOSK = 'third-kiosk-token-for-tests';

let printer: VirtualPrinter;
let silent: Server;
const held = new Set<Socket>();
let office: TestOfficeServer;
let kiosk: OfficeClient<PublicView>;
let adminToken: string;

const issue = (serviceId: string): CommandInput => ({
  type: 'ticket.issue',
  serviceIds: [serviceId],
  clientType: 'individual',
  priority: null,
  source: 'kiosk',
});

const take = async (client: OfficeClient<PublicView>, serviceId: string) => {
  const response = await client.send(issue(serviceId));
  if (!response.ok || !response.result.ticket) throw new Error(JSON.stringify(response));
  return response.result.ticket;
};

const printResult = async (token: string, ticketId: string) => {
  const response = await fetch(`${office.url}/api/tickets/print-result?ticketId=${ticketId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await response.json()) as { ok: boolean; result: { status: string } | null };
};

const reprint = (body: unknown, token: string | null = adminToken) =>
  fetch(`${office.url}/api/tickets/reprint`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

const pushSettings = (token: string, settings: Record<string, unknown>) =>
  fetch(`${office.url}/api/kiosk/print-settings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      printing: 'server',
      paper: '80mm',
      codePage: 'CP866',
      ...settings,
    }),
  });

const setKioskPrinter = (deviceId: string, port: number) =>
  office.server.store.saveFile((file) => {
    const device = file.devices.find((d) => d.id === deviceId);
    if (device) device.printer = { host: '127.0.0.1', port };
  });

const lines = (paper: { lines: { text: string }[] }) => paper.lines.map((l) => l.text);

const printerAlarm = (deviceId = 'kiosk-1') => office.server.runtime.state.alarms[`printer:${deviceId}`];

beforeAll(async () => {
  printer = await startVirtualPrinter({ port: 0 });
  // A printer that takes the connection and never answers: the slow path.
  silent = createServer((socket) => {
    held.add(socket);
    socket.on('close', () => held.delete(socket));
  });
  await new Promise<void>((ready) => silent.listen(0, '127.0.0.1', ready));
  office = await TestOfficeServer.start({
    seed: { printerForKiosk: { host: '127.0.0.1', port: printer.port } },
    routes: printingRoutes({ timeoutMs: 800 }),
  });
  // A second kiosk keeps each kiosk under the per-device issue limit (5 at once).
  // A third one for the office's ticket settings, so that test spends no other kiosk's limit.
  office.server.store.saveFile((file) => {
    for (const [id, token] of [
      ['kiosk-2', SECOND_KIOSK],
      ['kiosk-3', THIRD_KIOSK],
    ] as const) {
      file.devices.push({
        id,
        role: 'kiosk',
        label: `Киоск ${id}`,
        tokenHash: createHash('sha256').update(token).digest('hex'),
        revoked: false,
        printer: { host: '127.0.0.1', port: printer.port },
      });
    }
  });
  kiosk = await office.connect<PublicView>(KIOSK);
  adminToken = await office.token('admin', '1111');
});

afterAll(async () => {
  await office?.stop();
  await printer?.close();
  // The silent printer never reads, so its side of a connection never sees the end: drop it here.
  for (const socket of held) socket.destroy();
  await new Promise((done) => silent?.close(done));
});

describe('the office server prints for a kiosk with a network printer', () => {
  it('prints the number, the Cyrillic topic, the office and the local time, and records «printed»', async () => {
    const printed = printer.waitForTicket(5000);
    const ticket = await take(kiosk, 'readings');
    const paper = await printed;
    const text = paper.lines.map((l) => l.text);
    expect(paper.lines.find((l) => l.size === 4)?.text).toBe(ticket.number);
    expect(text).toContain('Показания приборов учёта');
    // «» have no place in CP866: the printer gets the plain look-alike.
    expect(text).toContain('ЦОК "Центральный"');
    const issuedAt = new Intl.DateTimeFormat('ru-RU', {
      timeZone: 'Europe/Moscow',
      hour: '2-digit',
      minute: '2-digit',
    }).format(ticket.issuedAt);
    expect(text.some((l) => l.startsWith('Время выдачи:') && l.endsWith(issuedAt))).toBe(true);
    expect(text).toContain(`Людей перед вами: ${ticket.ahead}`);
    expect(paper.cut).toBe(true);
    expect(await printResult(KIOSK, ticket.id)).toEqual({
      ok: true,
      result: { status: 'printed' },
      pending: false,
    });
    await until(() => office.server.runtime.state.printers['kiosk-1'] === 'printed');
  });

  it('prints 58 mm tickets when the kiosk asks for them, and nothing when it prints itself', async () => {
    expect((await pushSettings(KIOSK, { paper: '58mm' })).status).toBe(200);
    const printed = printer.waitForTicket(5000);
    const narrow = await take(kiosk, 'payment');
    expect((await printed).lines.find((l) => l.size > 1)).toMatchObject({ text: narrow.number, size: 3 });

    expect((await pushSettings(KIOSK, { printing: 'desktop' })).status).toBe(200);
    const before = printer.tickets().length;
    const local = await take(kiosk, 'payment');
    expect(await printResult(KIOSK, local.id)).toMatchObject({ ok: true, result: null });
    expect(printer.tickets().length).toBe(before);
    await pushSettings(KIOSK, {});
  });

  it('prints the optional QR code with the ticket number when the office asks for it', async () => {
    const waiting = Object.values(office.server.runtime.state.tickets).find((t) => t.state === 'waiting');
    if (!waiting) throw new Error('no waiting ticket to reprint');
    // Reprints go through the same layout as new tickets, and do not spend the kiosk's rate limit.
    const plain = printer.waitForTicket(5000);
    expect((await reprint({ ticketId: waiting.id, deviceId: 'kiosk-1' })).status).toBe(200);
    expect((await plain).qr).toBeUndefined();
    await setOfficeTicket(office, {
      ...DEFAULT_TICKET_SETTINGS,
      fields: { ...DEFAULT_TICKET_SETTINGS.fields, qr: true },
    });
    const withQr = printer.waitForTicket(5000);
    expect((await reprint({ ticketId: waiting.id, deviceId: 'kiosk-1' })).status).toBe(200);
    expect((await withQr).qr).toBe(
      `ticket:demo:${waiting.number}:${new Date(waiting.issuedAt).toISOString()}`,
    );
    await setOfficeTicket(office, undefined);
  });

  it('prints what the manager chose for the office, the same on every kiosk, whatever a kiosk sends', async () => {
    // An open window gives the forecast an expected wait to print.
    const operator = await office.staff('op1', '1234');
    expect((await operator.send({ type: 'window.open', windowId: 'w1', services: null })).ok).toBe(true);
    const third = await office.connect<PublicView>(THIRD_KIOSK);
    // An older kiosk page still sends its own field toggles: they decide nothing any more.
    const legacyFields = {
      officeName: false,
      dateTime: false,
      peopleAhead: false,
      expectedWait: false,
      qr: false,
    };
    expect((await pushSettings(THIRD_KIOSK, { paper: '58mm', fields: legacyFields })).status).toBe(200);

    // The product default: every field but the QR code, and the default polite line.
    expect(third.store.getState().view?.ticket).toEqual(DEFAULT_TICKET_SETTINGS);
    const first = printer.waitForTicket(5000);
    const before = await take(third, 'readings');
    const plain = lines(await first);
    expect(plain).toContain('ЦОК "Центральный"');
    expect(plain).toContain(`Людей перед вами: ${before.ahead}`);
    expect(plain.some((l) => /^Ожидаемое время ожидания:|^около \d+ мин$/.test(l))).toBe(true);
    expect(plain.join(' ')).toContain('Спасибо, что пришли!');

    const text = 'Хорошего дня! Мы рады вам помочь.';
    await setOfficeTicket(office, {
      fields: { officeName: true, dateTime: true, peopleAhead: true, expectedWait: false, qr: false },
      text,
    });
    // Every kiosk's public view carries the office's choice, for the kiosks that print themselves.
    await until(() => third.store.getState().view?.ticket.text === text);
    expect(kiosk.store.getState().view?.ticket).toEqual({
      fields: { officeName: true, dateTime: true, peopleAhead: true, expectedWait: false, qr: false },
      text,
    });

    const second = printer.waitForTicket(5000);
    const after = await take(third, 'readings');
    const paper = await second;
    const printed = lines(paper);
    // Still this kiosk's own 58 mm paper (number ×3), with the office's fields and line.
    expect(paper.lines.find((l) => l.size > 1)).toMatchObject({ text: after.number, size: 3 });
    expect(printed).toContain(`Людей перед вами: ${after.ahead}`);
    expect(printed.some((l) => l.includes('Ожидаемое время ожидания') || /^около \d+ мин$/.test(l))).toBe(
      false,
    );
    expect(printed.join(' ')).toContain(text);
    expect(printed.join(' ')).not.toContain('Спасибо, что пришли!');

    // Another kiosk, on 80 mm, prints the same content.
    const reprinted = printer.waitForTicket(5000);
    expect((await reprint({ ticketId: after.id, deviceId: 'kiosk-1' })).status).toBe(200);
    const wide = lines(await reprinted);
    expect(wide.some((l) => l.includes('Ожидаемое время ожидания'))).toBe(false);
    expect(wide.join(' ')).toContain(text);

    await setOfficeTicket(office, undefined);
    await pushSettings(THIRD_KIOSK, {});
    // The window stays open: the office may not close its last window while visitors wait.
  });

  it('refuses print settings that are not a kiosk’s, or malformed', async () => {
    expect((await pushSettings(adminToken, {})).status).toBe(403);
    expect((await pushSettings(KIOSK, { paper: 'A4' })).status).toBe(400);
  });

  it('never delays the ack: a printer that does not answer times out after it', async () => {
    const second = await office.connect<PublicView>(SECOND_KIOSK);
    setKioskPrinter('kiosk-2', (silent.address() as { port: number }).port);
    const started = Date.now();
    const ticket = await take(second, 'documents');
    expect(Date.now() - started).toBeLessThan(500);
    expect((await printResult(SECOND_KIOSK, ticket.id)).result).toEqual({ status: 'timed_out' });
    expect(printerAlarm('kiosk-2')?.kind).toBe('printerFault');
    expect(office.server.runtime.state.tickets[ticket.id]?.state).toBe('waiting');
  });

  it('paper out: the ticket stays in the queue, the alarm rises, a reprint prints it and clears the alarm', async () => {
    printer.setPaperOut(true);
    const ticket = await take(kiosk, 'charges');
    expect((await printResult(KIOSK, ticket.id)).result).toEqual({ status: 'paper_out' });
    expect(office.server.runtime.state.tickets[ticket.id]?.state).toBe('waiting');
    expect(printerAlarm()).toMatchObject({ kind: 'printerFault', deviceId: 'kiosk-1' });

    printer.setPaperOut(false);
    const printed = printer.waitForTicket(5000);
    const response = await reprint({ ticketId: ticket.id });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, result: { status: 'printed' } });
    expect((await printed).lines.find((l) => l.size === 4)?.text).toBe(ticket.number);
    expect(printerAlarm()).toBeUndefined();
    expect(office.server.runtime.state.printers['kiosk-1']).toBe('printed');

    // The administrator's reprint is in the journal under their name; the failed first print is not.
    const journal = await fetch(`${office.url}/api/journal`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const { entries } = (await journal.json()) as { entries: { staffId: string; text: { ru: string } }[] };
    const about = entries.filter((e) => e.text.ru.includes(ticket.number));
    expect(about).toEqual([
      expect.objectContaining({
        staffId: 'admin',
        text: expect.objectContaining({
          ru: `Талон ${ticket.number} напечатан повторно: киоск «Киоск у входа»`,
        }),
      }),
    ]);
  });

  it('an unreachable printer is «offline»', async () => {
    const closed = createServer();
    await new Promise<void>((ready) => closed.listen(0, '127.0.0.1', ready));
    const port = (closed.address() as { port: number }).port;
    await new Promise((done) => closed.close(done));
    setKioskPrinter('kiosk-1', port);
    try {
      const ticket = await take(kiosk, 'consult');
      expect((await printResult(KIOSK, ticket.id)).result).toEqual({ status: 'offline' });
      expect(printerAlarm()?.kind).toBe('printerFault');
    } finally {
      setKioskPrinter('kiosk-1', printer.port);
    }
  });
});

describe('POST /api/tickets/reprint', () => {
  it('is for the administrator only', async () => {
    const body = { ticketId: Object.keys(office.server.runtime.state.tickets)[0] };
    expect((await reprint(body, null)).status).toBe(401);
    expect((await reprint(body, await office.token('op1', '1234'))).status).toBe(403);
    expect((await reprint(body, KIOSK)).status).toBe(403);
  });

  it('answers a wrong request with a WireError', async () => {
    const unknown = await reprint({ ticketId: 'T999999' });
    expect(unknown.status).toBe(409);
    expect(await unknown.json()).toMatchObject({
      ok: false,
      error: { code: 'unknown_ticket', message: { ru: 'Талон не найден.' } },
    });
    expect((await reprint({})).status).toBe(400);
    const someTicket = Object.keys(office.server.runtime.state.tickets)[0];
    const noPrinter = await reprint({ ticketId: someTicket, deviceId: 'board-1' });
    expect(noPrinter.status).toBe(400);
    expect(((await noPrinter.json()) as { error: { details: unknown } }).error.details).toEqual({
      issues: [{ field: 'deviceId', expected: 'network_printer', values: 'board-1' }],
    });
  });

  it('prints on the kiosk named in the request', async () => {
    setKioskPrinter('kiosk-2', printer.port);
    const ticketId = Object.values(office.server.runtime.state.tickets).find(
      (t) => t.state === 'waiting',
    )!.id;
    const printed = printer.waitForTicket(5000);
    const response = await reprint({ ticketId, deviceId: 'kiosk-2' });
    expect(await response.json()).toEqual({ ok: true, result: { status: 'printed' } });
    await printed;
    expect(office.server.runtime.state.printers['kiosk-2']).toBe('printed');
  });
});
