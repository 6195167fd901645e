import { createHash } from 'node:crypto';
import type { OfficeClient } from '@queue/client';
import { type VirtualPrinter, startVirtualPrinter } from '@queue/kiosk-hardware';
import type { PublicView } from '@queue/protocol';
import { DEMO_DEVICE_TOKENS } from '@queue/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printingRoutes } from '../apps/server/src/printing/printing-routes.js';
import { TestOfficeServer } from './support/test-office.js';

/**
 * A kiosk's network printer as the office server drives it (issue 14), against the virtual printer over
 * TCP: paper near its end warns the administrator before it runs out, and a printer that does not
 * answer the ESC/POS status query (DLE EOT) still prints once its device record says not to ask.
 */

const KIOSK = DEMO_DEVICE_TOKENS['kiosk-1']!;
const MUTE_KIOSK = 'mute-printer-kiosk-token-for-tests';

let printer: VirtualPrinter;
let mute: VirtualPrinter;
let office: TestOfficeServer;
let kiosk: OfficeClient<PublicView>;
let muteKiosk: OfficeClient<PublicView>;

const take = async (client: OfficeClient<PublicView>, serviceId = 'readings') => {
  const response = await client.send({
    type: 'ticket.issue',
    serviceIds: [serviceId],
    clientType: 'individual',
    priority: null,
    source: 'kiosk',
  });
  if (!response.ok || !response.result.ticket) throw new Error(JSON.stringify(response));
  return response.result.ticket;
};

const printResult = async (token: string, ticketId: string) => {
  const response = await fetch(`${office.url}/api/tickets/print-result?ticketId=${ticketId}&waitMs=5000`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { result: { status: string } | null }).result;
};

const alarms = (deviceId: string) =>
  Object.values(office.server.runtime.state.alarms)
    .filter((a) => a.deviceId === deviceId)
    .map((a) => [a.key, a.kind]);

beforeAll(async () => {
  printer = await startVirtualPrinter({ port: 0 });
  // Many network printers ignore DLE EOT: it prints, and never answers the status query.
  mute = await startVirtualPrinter({ port: 0, answersStatus: false });
  office = await TestOfficeServer.start({
    seed: { printerForKiosk: { host: '127.0.0.1', port: printer.port } },
    routes: printingRoutes({ timeoutMs: 800 }),
  });
  office.server.store.saveFile((file) => {
    file.devices.push({
      id: 'kiosk-mute',
      role: 'kiosk',
      label: 'Киоск у входа',
      tokenHash: createHash('sha256').update(MUTE_KIOSK).digest('hex'),
      revoked: false,
      printer: { host: '127.0.0.1', port: mute.port },
    });
  });
  kiosk = await office.connect<PublicView>(KIOSK);
  muteKiosk = await office.connect<PublicView>(MUTE_KIOSK);
});

afterAll(async () => {
  await office?.stop();
  await printer?.close();
  await mute?.close();
});

describe('the kiosk printer’s paper', () => {
  it.each([
    {
      given: 'the roll near its end',
      nearEnd: true,
      out: false,
      print: 'printed',
      alarm: ['paperLow:kiosk-1', 'printerPaperLow'],
    },
    {
      given: 'the roll empty',
      nearEnd: true,
      out: true,
      print: 'paper_out',
      alarm: ['printer:kiosk-1', 'printerFault'],
    },
    { given: 'a new roll', nearEnd: false, out: false, print: 'printed', alarm: null },
  ])(
    'given $given, when a ticket is issued, then it is $print and the administrator sees $alarm',
    async ({ nearEnd, out, print, alarm }) => {
      printer.setPaperNearEnd(nearEnd);
      printer.setPaperOut(out);
      const ticket = await take(kiosk);
      expect(await printResult(KIOSK, ticket.id)).toEqual({ status: print });
      expect(alarms('kiosk-1')).toEqual(alarm ? [alarm] : []);
      expect(office.server.runtime.state.printers['kiosk-1']).toBe(
        nearEnd && !out ? 'paper_near_end' : print,
      );
    },
  );
});

describe('a printer that does not answer the status query (DLE EOT)', () => {
  it('times out while the server asks, and prints once the device record says not to ask', async () => {
    const first = await take(muteKiosk);
    expect(await printResult(MUTE_KIOSK, first.id)).toEqual({ status: 'timed_out' });
    expect(alarms('kiosk-mute')).toEqual([['printer:kiosk-mute', 'printerFault']]);

    office.server.store.saveFile((file) => {
      const device = file.devices.find((d) => d.id === 'kiosk-mute');
      if (device?.printer) device.printer.queryStatus = false;
    });
    const printed = mute.waitForTicket(5000);
    const second = await take(muteKiosk);
    expect(await printResult(MUTE_KIOSK, second.id)).toEqual({ status: 'printed' });
    expect((await printed).lines.find((l) => l.size === 4)?.text).toBe(second.number);
    expect(alarms('kiosk-mute')).toEqual([]);
  });
});
