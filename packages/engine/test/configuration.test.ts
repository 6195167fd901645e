import { describe, expect, it } from 'vitest';
import { type Actor, isRefusal } from '../src/index.js';
import { TestOffice, admin, kiosk } from './office-fixture.js';

const manager: Actor = { kind: 'staff', staffId: 'manager', roles: ['manager', 'administrator'] };

describe('configuration changes', () => {
  it('records a new configuration with who changed it and why, and takes it at once', () => {
    const office = new TestOffice();
    const config = structuredClone(office.state.config);
    config.services.push({ ...config.services[0]!, id: 'new-topic', letter: 'Я', title: 'Новая тема' });
    const events = office.run({ type: 'config.replace', config, reason: ' новая тема ' }, manager);
    const replaced = events.find((e) => e.type === 'config.replaced');
    expect(replaced).toMatchObject({ reason: 'новая тема', actor: { kind: 'staff', staffId: 'manager' } });
    expect(office.issue('new-topic').number).toBe('Я001');
  });

  it('refuses to remove a topic people are queuing for, and names it', () => {
    const office = new TestOffice();
    office.issue('consult');
    const config = structuredClone(office.state.config);
    config.services = config.services.filter((s) => s.id !== 'consult');
    for (const w of config.windows) w.services = w.services.filter((s) => s.serviceId !== 'consult');
    config.appointments.serviceIds = config.appointments.serviceIds.filter((id) => id !== 'consult');
    const refusal = office.try({ type: 'config.replace', config, reason: 'убрать' }, manager);
    expect(refusal).toMatchObject({ code: 'invalid_config' });
    expect(isRefusal(refusal) && refusal.details?.problems).toEqual([
      { code: 'service_queued_on_removal', serviceId: 'consult' },
    ]);
    // Disabling it instead keeps the queue and stops new tickets.
    const disabled = structuredClone(office.state.config);
    for (const s of disabled.services) if (s.id === 'consult') s.enabled = false;
    expect(
      isRefusal(office.try({ type: 'config.replace', config: disabled, reason: 'пауза' }, manager)),
    ).toBe(false);
  });

  it('refuses to remove an open window', () => {
    const office = new TestOffice();
    office.open('w2');
    const config = structuredClone(office.state.config);
    config.windows = config.windows.filter((w) => w.id !== 'w2');
    config.staff = config.staff.map((s) => (s.windowId === 'w2' ? { ...s, windowId: null } : s));
    const refusal = office.try({ type: 'config.replace', config, reason: 'ремонт' }, manager);
    expect(isRefusal(refusal) && refusal.details?.problems).toEqual([
      { code: 'window_open_on_removal', windowId: 'w2' },
    ]);
  });
});

describe('credential records', () => {
  it('records a PIN reset and a device registration and revocation without any secret', () => {
    const office = new TestOffice();
    const before = office.state;
    const events = [
      ...office.run({ type: 'staff.resetPin', staffId: 'op1' }, manager),
      ...office.run(
        { type: 'device.register', deviceId: 'kiosk-2', role: 'kiosk', label: 'Киоск 2' },
        manager,
      ),
      ...office.run({ type: 'device.revoke', deviceId: 'kiosk-2' }, manager),
    ];
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['staff.pinReset', 'device.registered', 'device.revoked']),
    );
    expect(JSON.stringify(events)).not.toMatch(/pin"|token|hash/i);
    // The office state is untouched: credentials are not queue state.
    expect(office.state.tickets).toEqual(before.tickets);
    expect(office.state.config).toBe(before.config);
  });

  it.each([
    {
      when: 'sets a network printer',
      printer: {
        host: '10.0.0.7',
        port: 9100,
        paper: '58mm',
        codePage: 'WPC1251',
        queryStatus: false,
      } as const,
    },
    { when: 'removes the network printer', printer: null },
  ])(
    'given the manager, when the manager $when of a kiosk, then the log records it and who did it',
    ({ printer }) => {
      const office = new TestOffice();
      const before = office.state;
      const events = office.run({ type: 'device.setPrinter', deviceId: 'kiosk-1', printer }, manager);
      expect(events.find((e) => e.type === 'device.printerSet')).toMatchObject({
        deviceId: 'kiosk-1',
        printer,
        actor: { kind: 'staff', staffId: 'manager' },
      });
      // A printer is no queue state: the office's tickets, windows and configuration are the same.
      expect(office.state.tickets).toBe(before.tickets);
      expect(office.state.windows).toBe(before.windows);
      expect(office.state.config).toBe(before.config);
    },
  );

  it('refuses an unknown staff member and any actor that is not a person', () => {
    const office = new TestOffice();
    expect(office.try({ type: 'staff.resetPin', staffId: 'nobody' }, admin)).toMatchObject({
      code: 'unknown_staff',
    });
    expect(office.try({ type: 'device.revoke', deviceId: 'kiosk-1' }, kiosk)).toMatchObject({
      code: 'not_permitted',
    });
    expect(
      office.try({ type: 'device.setPrinter', deviceId: 'kiosk-1', printer: null }, kiosk),
    ).toMatchObject({ code: 'not_permitted' });
  });
});
