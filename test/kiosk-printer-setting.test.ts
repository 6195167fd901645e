import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpFailure, type OfficeClient, type OfficeHttp, officeHttp } from '@queue/client';
import { type VirtualPrinter, startVirtualPrinter } from '@queue/kiosk-hardware';
import type { NetworkPrinter } from '@queue/engine';
import type { PublicView } from '@queue/protocol';
import { DEMO_DEVICE_TOKENS, printingRoutes } from '@queue/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestOfficeServer } from './support/test-office.js';

/**
 * A kiosk's network printer set through the documented API (issue 14), against the real server and the
 * virtual printer over TCP: the manager alone sets it, bad input changes nothing, the log says who set
 * what, and the next ticket comes out of that printer on its roll — even one that never answers the
 * ESC/POS status query, once the manager says it does not.
 */

const KIOSK = DEMO_DEVICE_TOKENS['kiosk-1'];

let mute: VirtualPrinter;
let office: TestOfficeServer;
let kiosk: OfficeClient<PublicView>;
let manager: OfficeHttp;
let administrator: OfficeHttp;

const take = async () => {
  const response = await kiosk.send({
    type: 'ticket.issue',
    serviceIds: ['payment'],
    clientType: 'individual',
    priority: null,
    source: 'kiosk',
  });
  if (!response.ok || !response.result.ticket) throw new Error(JSON.stringify(response));
  return response.result.ticket;
};

const printResult = async (ticketId: string) =>
  officeHttp({ server: office.url, token: KIOSK }).call('printResult', { query: { ticketId, waitMs: 5000 } });

/** What the server's file holds for a device, read from disk. */
const storedPrinter = (deviceId: string) =>
  (
    JSON.parse(readFileSync(join(office.dataDir, 'office.json'), 'utf8')) as {
      devices: { id: string; printer: unknown }[];
    }
  ).devices.find((d) => d.id === deviceId)?.printer;

const failure = async (call: Promise<unknown>): Promise<HttpFailure> => {
  try {
    await call;
  } catch (error) {
    if (error instanceof HttpFailure) return error;
    throw error;
  }
  throw new Error('the call succeeded');
};

beforeAll(async () => {
  // Many network printers ignore DLE EOT: this one prints, and never answers the status query.
  mute = await startVirtualPrinter({ port: 0, answersStatus: false });
  office = await TestOfficeServer.start({ routes: printingRoutes({ timeoutMs: 800 }) });
  kiosk = await office.connect<PublicView>(KIOSK);
  manager = officeHttp({ server: office.url, token: await office.token('manager', '2222') });
  administrator = officeHttp({ server: office.url, token: await office.token('admin', '1111') });
});

afterAll(async () => {
  await office?.stop();
  await mute?.close();
});

describe('a kiosk’s network printer, set through the API', () => {
  const printer: NetworkPrinter = {
    host: '127.0.0.1',
    port: 0,
    paper: '58mm',
    codePage: 'CP866',
    queryStatus: false,
  };

  it('is refused to the administrator, to bad input and to a device that is no kiosk, and nothing changes', async () => {
    const target = { ...printer, port: mute.port };
    const seq = office.server.runtime.state.seq;
    const refused = [
      await failure(
        administrator.call('setKioskPrinter', { body: { deviceId: 'kiosk-1', printer: target } }),
      ),
      await failure(
        manager.call('setKioskPrinter', {
          body: { deviceId: 'kiosk-1', printer: { ...target, port: 70_000 } },
        }),
      ),
      await failure(
        manager.call('setKioskPrinter', {
          body: { deviceId: 'kiosk-1', printer: { ...target, host: 'http://printer' } },
        }),
      ),
      await failure(manager.call('setKioskPrinter', { body: { deviceId: 'board-1', printer: target } })),
    ];
    expect(refused.map((f) => [f.status, f.code])).toEqual([
      [403, 'forbidden'],
      [400, 'invalid_payload'],
      [400, 'invalid_payload'],
      [404, 'not_found'],
    ]);
    expect(refused[3]!.message).toBe('Такого киоска нет.');
    expect(office.server.runtime.state.seq).toBe(seq);
    expect(storedPrinter('kiosk-1')).toBeNull();
  });

  it('prints the next ticket on the printer the manager set, on its roll, without asking a mute printer', async () => {
    const untouched = await take();
    expect((await printResult(untouched.id)).result).toBeNull();

    const target = { ...printer, port: mute.port };
    const answer = await manager.call('setKioskPrinter', {
      body: { deviceId: 'kiosk-1', printer: { ...target, host: ' 127.0.0.1 ' } },
    });
    expect(answer.device).toMatchObject({ id: 'kiosk-1', printer: target });
    expect(storedPrinter('kiosk-1')).toEqual(target);
    expect((await manager.call('devices')).devices.find((d) => d.id === 'kiosk-1')?.printer).toEqual(target);

    const printed = mute.waitForTicket(5000);
    const ticket = await take();
    expect((await printResult(ticket.id)).result).toEqual({ status: 'printed' });
    // 58 mm: the number at ×3 (80 mm prints it at ×4).
    expect((await printed).lines.find((l) => l.size > 1)).toMatchObject({ text: ticket.number, size: 3 });
  });

  it('is recorded with who set it: the configuration history and the day’s journal', async () => {
    const history = await manager.call('configHistory');
    const entry = history.entries.find((e) => e.type === 'device.printerSet');
    expect(entry).toMatchObject({ actorId: 'manager', subject: 'kiosk-1' });
    const journal = await manager.call('journal');
    expect(journal.entries.map((e) => e.text.ru)).toContain(
      `Сетевой принтер киоска «Киоск у входа»: 127.0.0.1:${mute.port}, 58 мм, CP866, без запроса состояния`,
    );
  });

  it('is removed with `printer: null`: the server prints nothing more for that kiosk', async () => {
    await manager.call('setKioskPrinter', { body: { deviceId: 'kiosk-1', printer: null } });
    expect(storedPrinter('kiosk-1')).toBeNull();
    const before = mute.tickets().length;
    const ticket = await take();
    expect((await printResult(ticket.id)).result).toBeNull();
    expect(mute.tickets().length).toBe(before);
  });
});
