import { createServer } from 'node:net';
import { startVirtualPrinter, type VirtualPrinter } from '@queue/kiosk-hardware';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { until } from '@queue/e2e/test-office';
import { createPrintBridge, effectiveOptions } from '../src/print-bridge.js';
import { type PrinterSettings, printerSettingsSchema } from '../src/settings.js';
import { trialTicket } from '../src/trial-ticket.js';

const FIELDS = { officeName: true, dateTime: true, peopleAhead: true, expectedWait: true, qr: false };
const ticket = (number: string) => ({
  print: {
    officeName: 'ЦОК Энергосбыт',
    number,
    topic: 'Передача показаний приборов учёта',
    issuedAtLocal: '03.02.2025 10:15',
    peopleAhead: 3,
    expectedWaitMin: 12,
  },
  // What the kiosk page asks for; the printer's own roll and code page win (effectiveOptions).
  options: { paper: '58mm', codePage: 'WPC1251', fields: FIELDS },
});

let printer: VirtualPrinter;
const printerSettings = (overrides: object = {}): PrinterSettings =>
  printerSettingsSchema.parse({
    connection: { kind: 'network', host: '127.0.0.1', port: printer.port, timeoutMs: 3000 },
    paper: '80mm',
    codePage: 'CP866',
    ...overrides,
  });
/**
 * The printer decodes a ticket when its cut arrives, a moment after the bridge has handed the bytes
 * over: wait for the `index`-th ticket before reading it.
 */
const printedTicket = async (index: number) => {
  await until(() => printer.tickets().length > index);
  return printer.tickets()[index]!;
};
const textOf = async (index: number) => (await printedTicket(index)).lines.map((line) => line.text);

beforeAll(async () => {
  printer = await startVirtualPrinter({ port: 0 });
});
afterAll(async () => {
  await printer.close();
});
beforeEach(() => {
  printer.setPaperOut(false);
});

describe('print bridge', () => {
  it('prints a kiosk ticket on the real printer library over TCP: number, Cyrillic topic, a cut', async () => {
    const before = printer.tickets().length;
    const bridge = createPrintBridge({ printer: printerSettings() });
    expect(await bridge.print(ticket('А001'))).toEqual({ status: 'printed' });
    const printed = await printedTicket(before);
    expect(printed.cut).toBe(true);
    const lines = await textOf(before);
    expect(lines).toContain('А001');
    expect(lines).toContain('Передача показаний приборов учёта');
    expect(lines).toContain('Людей перед вами: 3');
    // The number is the large line.
    expect(printed.lines.find((line) => line.text === 'А001')?.size).toBe(4);
  });

  it("lays the ticket out for this printer's roll, not for what the page asked", async () => {
    const before = printer.tickets().length;
    await createPrintBridge({ printer: printerSettings() }).print(ticket('А002'));
    // The page asked for 58 mm (32 columns); the printer has 80 mm (48 columns).
    expect(await textOf(before)).toContain('-'.repeat(48));
    expect(effectiveOptions(ticket('А002').options as never, printerSettings({ codePageTable: 7 }))).toEqual({
      paper: '80mm',
      codePage: 'CP866',
      codePageTable: 7,
      fields: FIELDS,
    });
  });

  it('prints only the fields of a ticket: anything else a page sends never reaches the paper', async () => {
    const before = printer.tickets().length;
    const request = ticket('А003');
    const withPersonalData = {
      ...request,
      print: { ...request.print, fullName: 'Иванов Иван', phone: '+7 900 000-00-00' },
    };
    expect(await createPrintBridge({ printer: printerSettings() }).print(withPersonalData)).toEqual({
      status: 'printed',
    });
    const all = (await textOf(before)).join('\n');
    expect(all).toContain('А003');
    expect(all).not.toContain('Иванов');
    expect(all).not.toContain('900');
  });

  it.each([
    ['nothing', undefined],
    ['no number', { ...ticket('А004'), print: { ...ticket('А004').print, number: '' } }],
    ['a negative count', { ...ticket('А004'), print: { ...ticket('А004').print, peopleAhead: -1 } }],
    ['an unknown paper', { ...ticket('А004'), options: { ...ticket('А004').options, paper: 'A4' } }],
    ['no fields', { print: ticket('А004').print, options: { paper: '80mm', codePage: 'CP866' } }],
  ])('answers a malformed request (%s) with an error and prints nothing', async (_name, request) => {
    const before = printer.tickets().length;
    const result = await createPrintBridge({ printer: printerSettings() }).print(request);
    expect(result.status).toBe('error');
    expect(result.detail).toMatch(/invalid print request/);
    // A good ticket after it is the only one that comes out.
    await createPrintBridge({ printer: printerSettings() }).print(ticket('А005'));
    expect(await textOf(before)).toContain('А005');
    expect(printer.tickets().length).toBe(before + 1);
  });

  it('prints two tickets sent at once one after the other, in order', async () => {
    const before = printer.tickets().length;
    const bridge = createPrintBridge({ printer: printerSettings() });
    const results = await Promise.all([bridge.print(ticket('Б010')), bridge.print(ticket('Б011'))]);
    expect(results).toEqual([{ status: 'printed' }, { status: 'printed' }]);
    expect(await textOf(before)).toContain('Б010');
    expect(await textOf(before + 1)).toContain('Б011');
  });

  it('says the paper is out, and the ticket does not come out', async () => {
    printer.setPaperOut(true);
    const before = printer.tickets().length;
    const bridge = createPrintBridge({ printer: printerSettings() });
    expect((await bridge.print(ticket('А006'))).status).toBe('paper_out');
    // A new roll: the next ticket is the first to come out, so nothing of А006 ever did.
    printer.setPaperOut(false);
    expect(await bridge.print(ticket('А008'))).toEqual({ status: 'printed' });
    expect(await textOf(before)).toContain('А008');
    expect(printer.tickets().length).toBe(before + 1);
  });

  it('says the printer is offline when nothing listens at its address', async () => {
    const server = createServer();
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
    await new Promise((resolve) => server.close(resolve));
    const bridge = createPrintBridge({
      printer: printerSettings({ connection: { kind: 'network', host: '127.0.0.1', port } }),
    });
    expect((await bridge.print(ticket('А007'))).status).toBe('offline');
  });

  it('prints the trial ticket of the settings page with its Cyrillic intact', async () => {
    const before = printer.tickets().length;
    const trial = trialTicket(new Date(2025, 1, 3, 9, 5));
    expect(
      await createPrintBridge({ printer: printerSettings({ codePage: 'WPC1251' }) }).print(trial),
    ).toEqual({
      status: 'printed',
    });
    const lines = await textOf(before);
    expect(lines).toContain('А000');
    expect(lines).toContain('Пробный талон: ёЁ №');
    expect(lines.join('\n')).toContain('03.02.2025 09:05');
  });
});
