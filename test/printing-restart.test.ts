import { readFileSync } from 'node:fs';
import { type Server, type Socket, connect, createServer } from 'node:net';
import { join } from 'node:path';
import type { OfficeClient } from '@queue/client';
import { type VirtualPrinter, startVirtualPrinter } from '@queue/kiosk-hardware';
import type { PublicView } from '@queue/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEVICE_TOKENS, type ServerPrinting, printingRoutes } from '@queue/server';
import { TestOfficeServer, until } from './support/test-office.js';

/**
 * A kiosk's print settings outlive a restart of the office server: they are kept in its device record,
 * so the first ticket after the restart comes out on the kiosk's paper and code page even before the
 * kiosk has sent its settings again. The kiosk's printer is the virtual one behind a tap that keeps
 * the bytes, to see the code page selected on the wire (`ESC t n`).
 */

const KIOSK = DEMO_DEVICE_TOKENS['kiosk-1'];
/** `ESC t 46`: Windows-1251 (HARDWARE.md §1.3); CP866 would be `ESC t 17`. */
const SELECT_WPC1251 = Buffer.from([0x1b, 0x74, 0x2e]);
const SELECT_CP866 = Buffer.from([0x1b, 0x74, 0x11]);

let printer: VirtualPrinter;
let tap: Server;
const sockets = new Set<Socket>();
let wire: Buffer[] = [];
let office: TestOfficeServer;
let printing: ServerPrinting | undefined;

/** What the next ticket sends to the printer, as the tap saw it. */
const nextBytes = () => {
  wire = [];
  return () => Buffer.concat(wire);
};

const issue = async (client: OfficeClient<PublicView>) => {
  const response = await client.send({
    type: 'ticket.issue',
    serviceIds: ['payment'],
    clientType: 'individual',
    priority: null,
    source: 'kiosk',
  });
  if (!response.ok || !response.result.ticket) throw new Error(JSON.stringify(response));
  return response.result.ticket;
};

beforeAll(async () => {
  printer = await startVirtualPrinter({ port: 0 });
  // A transparent proxy: the status answers come back from the virtual printer, the job is recorded.
  tap = createServer((inbound) => {
    const outbound = connect(printer.port, '127.0.0.1');
    for (const socket of [inbound, outbound]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    inbound.on('data', (chunk: Buffer) => wire.push(chunk));
    inbound.pipe(outbound);
    outbound.pipe(inbound);
  });
  await new Promise<void>((ready) => tap.listen(0, '127.0.0.1', ready));
  office = await TestOfficeServer.start({
    seed: { printerForKiosk: { host: '127.0.0.1', port: (tap.address() as { port: number }).port } },
    routes: printingRoutes({
      timeoutMs: 1000,
      onReady: (p) => {
        printing = p;
      },
    }),
  });
});

afterAll(async () => {
  await office?.stop();
  for (const socket of sockets) socket.destroy();
  await new Promise((done) => tap?.close(done));
  await printer?.close();
});

describe('a kiosk’s print settings across a server restart', () => {
  it('prints on the kiosk’s 58 mm paper in Windows-1251 after a restart, before the kiosk says so again', async () => {
    const kiosk = await office.connect<PublicView>(KIOSK);
    // The default first: 80 mm (number ×4) in CP866.
    const before = nextBytes();
    const first = printer.waitForTicket(5000);
    const plain = await issue(kiosk);
    expect((await first).lines.find((l) => l.size > 1)).toMatchObject({ text: plain.number, size: 4 });
    expect(before().includes(SELECT_CP866)).toBe(true);

    const pushed = await fetch(`${office.url}/api/kiosk/print-settings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KIOSK}` },
      body: JSON.stringify({ printing: 'server', paper: '58mm', codePage: 'WPC1251' }),
    });
    expect(pushed.status).toBe(200);
    const stored = JSON.parse(readFileSync(join(office.dataDir, 'office.json'), 'utf8')) as {
      devices: { id: string; printSettings?: unknown }[];
    };
    expect(stored.devices.find((d) => d.id === 'kiosk-1')?.printSettings).toEqual({
      printing: 'server',
      paper: '58mm',
      codePage: 'WPC1251',
    });

    // The test's client is no kiosk page: after the restart it reconnects without sending settings.
    kiosk.close();
    await office.restart();
    expect(printing?.settingsOf('kiosk-1')).toEqual({
      printing: 'server',
      paper: '58mm',
      codePage: 'WPC1251',
    });
    const again = await office.connect<PublicView>(KIOSK);
    const after = nextBytes();
    const printed = printer.waitForTicket(5000);
    const narrow = await issue(again);
    const paper = await printed;
    expect(paper.lines.find((l) => l.size > 1)).toMatchObject({ text: narrow.number, size: 3 });
    expect(paper.lines.map((l) => l.text).join(' ')).toContain('Оплата без комиссии');
    expect(after().includes(SELECT_WPC1251)).toBe(true);
    await until(() => office.server.runtime.state.printers['kiosk-1'] === 'printed');
  });
});
