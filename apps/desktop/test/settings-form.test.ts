import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SettingsForm } from '../src/form-fields.js';
import { type DesktopSettings, settingsSchema } from '../src/settings.js';
import { FIELD_MESSAGES, formFromSettings, printerFromForm, settingsFromForm } from '../src/settings-form.js';

const KIOSK_FORM: SettingsForm = {
  serverUrl: 'http://192.168.1.10:8080',
  role: 'kiosk',
  deviceToken: 'demo-kiosk-token',
  printerKind: 'network',
  printerHost: '192.168.1.50',
  printerPort: '',
  printerPath: '',
  printerBaudRate: '9600',
  printerQueryStatus: 'true',
  paper: '58mm',
  codePage: 'WPC1251',
  codePageTable: '',
};

describe('settings form', () => {
  it('turns the strings of a filled form into settings, leaving empty optional fields to their defaults', () => {
    expect(settingsFromForm(KIOSK_FORM)).toEqual({
      ok: true,
      settings: {
        version: 1,
        role: 'kiosk',
        serverUrl: 'http://192.168.1.10:8080',
        deviceToken: 'demo-kiosk-token',
        printer: {
          connection: { kind: 'network', host: '192.168.1.50', port: 9100, queryStatus: true },
          paper: '58mm',
          codePage: 'WPC1251',
        },
      },
    });
  });

  it('keeps the token of a scanned QR code, which a scanner types in as the whole device address', () => {
    const scanned = {
      ...KIOSK_FORM,
      deviceToken: 'https://queue.office.local:8443/kiosk/?token=Zq4-kV_9sLm2pXr7',
    };
    const parsed = settingsFromForm(scanned);
    expect(parsed.ok && parsed.settings.role === 'kiosk' && parsed.settings.deviceToken).toBe(
      'Zq4-kV_9sLm2pXr7',
    );
    const board = settingsFromForm({ ...scanned, role: 'board' });
    expect(board.ok && board.settings.role === 'board' && board.settings.deviceToken).toBe(
      'Zq4-kV_9sLm2pXr7',
    );
  });

  it('ignores the fields of roles not chosen: an operator needs no token and no printer', () => {
    const parsed = settingsFromForm({ ...KIOSK_FORM, role: 'operator', deviceToken: '', printerHost: '' });
    expect(parsed).toEqual({
      ok: true,
      settings: { version: 1, role: 'operator', serverUrl: 'http://192.168.1.10:8080' },
    });
  });

  it('puts each problem beside its own field, in Russian and English', () => {
    const parsed = settingsFromForm({
      ...KIOSK_FORM,
      serverUrl: '192.168.1.10',
      deviceToken: 'abc',
      printerHost: '',
      printerPort: '9100x',
      codePageTable: '300',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.errors).sort()).toEqual(
      ['codePageTable', 'deviceToken', 'printerHost', 'printerPort', 'serverUrl'].sort(),
    );
    expect(parsed.errors.serverUrl).toEqual(FIELD_MESSAGES.serverUrl);
    expect(parsed.errors.serverUrl?.ru).toContain('http://');
  });

  it('asks for a role when none is chosen, and for a connection when the printer kind is unknown', () => {
    const noRole = settingsFromForm({ ...KIOSK_FORM, role: '' });
    expect(!noRole.ok && Object.keys(noRole.errors)).toEqual(['role']);
    const noKind = settingsFromForm({ ...KIOSK_FORM, printerKind: 'bluetooth' });
    expect(!noKind.ok && Object.keys(noKind.errors)).toEqual(['printerKind']);
  });

  it('reads a serial printer with its speed, and a USB device file by its path', () => {
    const serial = settingsFromForm({
      ...KIOSK_FORM,
      printerKind: 'serial',
      printerPath: 'COM3',
      printerBaudRate: '19200',
      printerQueryStatus: 'false',
    });
    expect(serial.ok && serial.settings.role === 'kiosk' && serial.settings.printer.connection).toEqual({
      kind: 'serial',
      path: 'COM3',
      baudRate: 19200,
      queryStatus: false,
    });
    const usb = printerFromForm({ ...KIOSK_FORM, printerKind: 'device-file', printerPath: '/dev/usb/lp0' });
    expect(usb.ok && usb.printer.connection).toEqual({ kind: 'device-file', path: '/dev/usb/lp0' });
  });

  it('checks the printer part alone for a trial print, with the same field names', () => {
    expect(printerFromForm({ ...KIOSK_FORM, serverUrl: '', deviceToken: '' }).ok).toBe(true);
    const bad = printerFromForm({ ...KIOSK_FORM, printerHost: '', paper: '' });
    expect(!bad.ok && Object.keys(bad.errors).sort()).toEqual(['paper', 'printerHost']);
  });

  it('fills the form from any valid settings so that saving it unchanged gives the same settings', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9_-]{10,40}$/);
    const path = fc.constantFrom('/dev/usb/lp0', '/dev/ttyUSB0', 'COM3');
    const printer = fc.record({
      connection: fc.oneof(
        fc.record({
          kind: fc.constant('network' as const),
          host: fc.constantFrom('10.0.0.50', 'printer.local'),
          port: fc.integer({ min: 1, max: 65_535 }),
          queryStatus: fc.boolean(),
        }),
        fc.record({ kind: fc.constant('device-file' as const), path }),
        fc.record({
          kind: fc.constant('serial' as const),
          path,
          baudRate: fc.constantFrom(9600, 19200, 115200),
          queryStatus: fc.boolean(),
        }),
      ),
      paper: fc.constantFrom('80mm' as const, '58mm' as const),
      codePage: fc.constantFrom('CP866' as const, 'WPC1251' as const),
      codePageTable: fc.option(fc.integer({ min: 0, max: 255 }), { nil: undefined }),
    });
    const serverUrl = fc.constantFrom('http://10.0.0.5:8080', 'https://queue.example');
    const settings: fc.Arbitrary<DesktopSettings> = fc.oneof(
      fc.record({ version: fc.constant(1 as const), role: fc.constant('operator' as const), serverUrl }),
      fc.record({
        version: fc.constant(1 as const),
        role: fc.constant('board' as const),
        serverUrl,
        deviceToken: token,
      }),
      fc.record({
        version: fc.constant(1 as const),
        role: fc.constant('kiosk' as const),
        serverUrl,
        deviceToken: token,
        printer,
      }),
    );
    fc.assert(
      fc.property(settings, (given) => {
        const canonical = settingsSchema.parse(given);
        const again = settingsFromForm(formFromSettings(canonical));
        expect(again).toEqual({ ok: true, settings: canonical });
      }),
    );
  });
});
