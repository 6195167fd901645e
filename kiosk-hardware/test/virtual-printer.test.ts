import { connect, createServer, type Server } from 'node:net';
import { CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeText } from '../src/codepage.js';
import { renderTicketEscPos } from '../src/escpos-ticket.js';
import { printTicket } from '../src/print-ticket.js';
import { networkTransport } from '../src/transports/network-transport.js';
import type { DecodedTicket } from '../src/virtual-printer/decoded-ticket.js';
import { EscPosDecoder } from '../src/virtual-printer/escpos-decoder.js';
import { startVirtualPrinter, type VirtualPrinter } from '../src/virtual-printer/virtual-printer.js';
import { options, SAMPLE_PRINT } from './sample-ticket.js';

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((item) => item.close()));
});

async function printer(settings: Parameters<typeof startVirtualPrinter>[0] = {}): Promise<VirtualPrinter> {
  const started = await startVirtualPrinter(settings);
  running.push(started);
  return started;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

/** A port on which nothing listens: bind one, remember it, let it go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const texts = (ticket: DecodedTicket) => ticket.lines.map((line) => line.text);

describe('printing through the network transport to the virtual printer', () => {
  it('prints a ticket whose decoded text has the number, large and centred, and the Cyrillic topic', async () => {
    const virtual = await printer();
    const next = virtual.waitForTicket();
    const result = await printTicket(
      SAMPLE_PRINT,
      options(),
      networkTransport({ host: '127.0.0.1', port: virtual.port }),
    );
    const ticket = await next;

    expect(result).toEqual({ status: 'printed' });
    expect(ticket.cut).toBe(true);
    expect(ticket.lines.find((line) => line.text === 'А001')).toEqual({
      text: 'А001',
      size: 4,
      align: 'center',
      bold: true,
    });
    expect(texts(ticket)).toContain('Передача показаний приборов учёта');
    expect(texts(ticket)).toContain('Людей перед вами: 3');
    expect(texts(ticket)).toContain('Ожидаемое время ожидания: около 12 мин');
    expect(ticket.qr).toBe(SAMPLE_PRINT.qr);
    expect(virtual.tickets()).toEqual([ticket]);
  });

  it('reads a WPC1251 ticket as well', async () => {
    const virtual = await printer();
    const next = virtual.waitForTicket();
    const result = await printTicket(
      { ...SAMPLE_PRINT, number: 'Б042', topic: 'Оплата счетов за электроэнергию' },
      options({ codePage: 'WPC1251', paper: '58mm' }),
      networkTransport({ host: '127.0.0.1', port: virtual.port }),
    );
    expect(result.status).toBe('printed');
    const ticket = await next;
    expect(ticket.lines.find((line) => line.text === 'Б042')?.size).toBe(3);
    expect(texts(ticket).join(' ')).toContain('Оплата счетов за электроэнергию');
  });

  it('prints node-thermal-printer’s own network job, sent by the library itself over TCP', async () => {
    const virtual = await printer();
    const library = new ThermalPrinter({
      type: PrinterTypes.EPSON,
      interface: `tcp://127.0.0.1:${virtual.port}`,
      characterSet: CharacterSet.PC866_CYRILLIC2,
    });
    library.alignCenter();
    library.setTextQuadArea();
    library.println('Окно 3');
    library.setTextNormal();
    library.add(Buffer.from(encodeText('Талон А007', 'CP866')));
    library.newLine();
    library.partialCut();
    const next = virtual.waitForTicket();
    await library.execute();
    const ticket = await next;
    expect(ticket.lines[0]).toEqual({ text: 'Окно 3', size: 2, align: 'center', bold: false });
    expect(ticket.lines[1]?.text).toBe('Талон А007');
  });

  it('decodes Cyrillic as ? on a printer left at its stock table when no ESC t is sent', async () => {
    const virtual = await printer();
    const socket = connect(virtual.port, '127.0.0.1');
    const next = virtual.waitForTicket();
    socket.end(
      Buffer.concat([Buffer.from(encodeText('А001', 'CP866')), Buffer.from([0x0a, 0x1d, 0x56, 0x01])]),
    );
    expect(texts(await next)).toEqual(['?001']);
  });

  it('decodes without ESC t when configured with the page the printer was set to', async () => {
    const virtual = await printer({ codePage: 'CP866' });
    const socket = connect(virtual.port, '127.0.0.1');
    const next = virtual.waitForTicket();
    socket.end(
      Buffer.concat([Buffer.from(encodeText('А001', 'CP866')), Buffer.from([0x0a, 0x1d, 0x56, 0x01])]),
    );
    expect(texts(await next)).toEqual(['А001']);
  });
});

describe('print results', () => {
  it('is paper_out when the printer reports the roll empty, and the ticket is not even sent', async () => {
    const virtual = await printer({ paperOut: true });
    const jobs: DecodedTicket[] = [];
    virtual.on('discarded', (job) => jobs.push(job));
    const result = await printTicket(
      SAMPLE_PRINT,
      options(),
      networkTransport({ host: '127.0.0.1', port: virtual.port }),
    );
    expect(result.status).toBe('paper_out');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(jobs).toEqual([]);
    expect(virtual.tickets()).toEqual([]);
  });

  it('prints nothing on an empty roll even for a job sent without asking first', async () => {
    const virtual = await printer({ paperOut: true });
    const transport = networkTransport({ host: '127.0.0.1', port: virtual.port, queryStatus: false });
    const discarded = new Promise<DecodedTicket>((resolve) => virtual.on('discarded', resolve));
    expect((await printTicket(SAMPLE_PRINT, options(), transport)).status).toBe('printed');
    expect((await discarded).lines.map((line) => line.text)).toContain('А001');
    virtual.setPaperOut(false);
    const next = virtual.waitForTicket();
    await printTicket({ ...SAMPLE_PRINT, number: 'А002' }, options(), transport);
    await next;
    // Only the second ticket came out.
    expect(virtual.tickets().map((ticket) => ticket.lines.find((line) => line.size === 4)?.text)).toEqual([
      'А002',
    ]);
  });

  it('prints again once the paper is refilled', async () => {
    const virtual = await printer({ paperOut: true });
    const transport = networkTransport({ host: '127.0.0.1', port: virtual.port });
    expect((await printTicket(SAMPLE_PRINT, options(), transport)).status).toBe('paper_out');
    virtual.setPaperOut(false);
    const next = virtual.waitForTicket();
    expect((await printTicket(SAMPLE_PRINT, options(), transport)).status).toBe('printed');
    expect(texts(await next)).toContain('А001');
  });

  it('is offline when nothing listens on the printer port', async () => {
    const port = await closedPort();
    const result = await printTicket(SAMPLE_PRINT, options(), networkTransport({ host: '127.0.0.1', port }));
    expect(result.status).toBe('offline');
    expect(result.detail).toMatch(/ECONNREFUSED/);
  });

  it('is timed_out when the printer accepts the connection but never answers the status query', async () => {
    const silent = createServer(() => {});
    const port = await listen(silent);
    running.push({ close: () => new Promise<void>((resolve) => silent.close(() => resolve())) });
    silent.on('connection', (socket) => running.push({ close: async () => void socket.destroy() }));
    const started = Date.now();
    const result = await printTicket(
      SAMPLE_PRINT,
      options(),
      networkTransport({ host: '127.0.0.1', port, timeoutMs: 200 }),
    );
    expect(result.status).toBe('timed_out');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('is offline when the printer hangs up instead of answering the status query', async () => {
    const rude = createServer((socket) => socket.destroy());
    const port = await listen(rude);
    running.push({ close: () => new Promise<void>((resolve) => rude.close(() => resolve())) });
    const result = await printTicket(
      SAMPLE_PRINT,
      options(),
      networkTransport({ host: '127.0.0.1', port, timeoutMs: 2000 }),
    );
    expect(result.status).toBe('offline');
  });

  it('is error, not an exception, when the ticket cannot be laid out', async () => {
    const virtual = await printer();
    const broken = { ...SAMPLE_PRINT, topic: undefined as unknown as string };
    const result = await printTicket(
      broken,
      options(),
      networkTransport({ host: '127.0.0.1', port: virtual.port }),
    );
    expect(result.status).toBe('error');
  });
});

describe('ESC/POS decoder', () => {
  function decode(bytes: Uint8Array, chunkSize: number) {
    const tickets: DecodedTicket[] = [];
    const answers: number[] = [];
    const decoder = new EscPosDecoder({
      isPaperOut: () => false,
      respond: (answer) => answers.push(...answer),
      onTicket: (ticket) => tickets.push(ticket),
      now: () => 0,
    });
    for (let i = 0; i < bytes.length; i += chunkSize) decoder.push(bytes.subarray(i, i + chunkSize));
    decoder.finish();
    return { tickets, answers };
  }

  it('reads the same ticket whether the bytes come at once or one by one', () => {
    const bytes = renderTicketEscPos(SAMPLE_PRINT, options());
    const whole = decode(bytes, bytes.length);
    expect(decode(bytes, 1).tickets).toEqual(whole.tickets);
    expect(decode(bytes, 7).tickets).toEqual(whole.tickets);
    expect(whole.tickets).toHaveLength(1);
  });

  it('answers DLE EOT 4 with "paper present" and reports a ticket without a cut as uncut', () => {
    const { tickets, answers } = decode(Buffer.from([0x10, 0x04, 0x04, 0x41, 0x0a]), 64);
    expect(answers).toEqual([0x12]);
    expect(tickets).toEqual([
      { lines: [{ text: 'A', size: 1, align: 'left', bold: false }], cut: false, receivedAt: 0 },
    ]);
  });
});
