import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectOffice, login } from '@queue/client';
import type { PublicView } from '@queue/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { hashDeviceToken, hashPinBeforeStart } from '@queue/server';
import { officeCommand } from './support/office-command.js';
import { type OfficeProcess, startOfficeProcess } from './support/office-process.js';
import { until } from './support/test-office.js';

const running: OfficeProcess[] = [];
const clients: { close(): void }[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const office of running.splice(0)) {
    process.kill(office.pid, 'SIGTERM');
    await office.exited;
  }
});

const newFolder = () => join(mkdtempSync(join(tmpdir(), 'office-init-')), 'office');

const init = (dataDir: string, extra: string[] = []) =>
  officeCommand([
    'init',
    '--data-dir',
    dataDir,
    '--name',
    'ЦОК «Северный»',
    '--office-id',
    'tyumen-north',
    '--preset',
    'gazprom-tyumen',
    '--time-zone',
    'Asia/Yekaterinburg',
    '--manager-login',
    'nachalnik',
    '--manager-name',
    'Орлова Наталья Сергеевна',
    '--windows',
    '2',
    '--cash-desks',
    '1',
    '--kiosks',
    '1',
    '--boards',
    '1',
    '--address',
    'https://queue.office.local:8443',
    ...extra,
  ]);

const tokenOf = (output: string, deviceId: string): string => {
  const found = new RegExp(`\\(${deviceId}\\): (\\S+)`).exec(output);
  if (!found) throw new Error(`no token for ${deviceId} in:\n${output}`);
  return found[1]!;
};

const start = async (dataDir: string) => {
  const office = await startOfficeProcess({
    DATA_DIR: dataDir,
    VIRTUAL_PRINTER: 'on',
    VIRTUAL_PRINTER_PORT: '0',
  });
  running.push(office);
  return office;
};

/** Whether a device token is let in by the office's Socket.IO handshake. */
const handshake = async (url: string, token: string): Promise<'connected' | 'unauthorized'> => {
  const client = connectOffice<PublicView>({ url, token });
  clients.push(client);
  await until(
    () => client.store.getState().view !== null || client.store.getState().connection === 'unauthorized',
    10_000,
  );
  return client.store.getState().view !== null ? 'connected' : 'unauthorized';
};

describe('npm run office -- init: a real office', () => {
  it('is made from flags with the preset’s norms, its windows, its manager and its own device tokens, and starts without anything of the demo', async () => {
    const dataDir = newFolder();
    const made = await init(dataDir, ['--manager-pin', '918273']);
    expect(made.code, made.output).toBe(0);
    const kioskToken = tokenOf(made.output, 'kiosk-1');
    const boardToken = tokenOf(made.output, 'board-1');
    expect(made.output).toContain(`https://queue.office.local:8443/kiosk/?token=${kioskToken}`);
    expect(made.output).toContain('▀'); // the address as a QR code, to scan into the kiosk
    expect(made.output).not.toContain('918273'); // a PIN the manager chose is not printed back

    const file = JSON.parse(readFileSync(join(dataDir, 'office.json'), 'utf8'));
    expect(file.kind).toBe('office');
    const config = file.snapshot.config;
    expect(config).toMatchObject({
      id: 'tyumen-north',
      name: 'ЦОК «Северный»',
      timeZone: 'Asia/Yekaterinburg',
    });
    expect(config.profile.id).toBe('gazprom-tyumen');
    expect(config.windows.map((w: { id: string }) => w.id)).toEqual(['w1', 'w2', 'k1']);
    expect(config.staff.map((s: { login: string }) => s.login)).toEqual(['nachalnik']);
    expect(JSON.stringify(file)).not.toContain(kioskToken); // only its hash is kept

    const office = await start(dataDir);
    expect(office.output()).toContain('ЦОК «Северный»: office server on');
    expect(office.output()).not.toMatch(/demo-|manager\/2222|virtual printer/);
    expect(office.output()).not.toContain('WARNING');

    const session = await login(office.url, 'nachalnik', '918273');
    expect(session.staff.roles).toEqual(['manager', 'administrator']);
    expect(await handshake(office.url, kioskToken)).toBe('connected');
    expect(await handshake(office.url, boardToken)).toBe('connected');
    // The demo's credentials, printed in README, open nothing here.
    await expect(login(office.url, 'nachalnik', '2222')).rejects.toMatchObject({ code: 'demo_credential' });
    await expect(login(office.url, 'manager', '2222')).rejects.toMatchObject({ code: 'demo_credential' });
    expect(await handshake(office.url, 'demo-kiosk-token')).toBe('unauthorized');
  });

  it('makes a PIN when none is given and prints it once', async () => {
    const dataDir = newFolder();
    const made = await init(dataDir);
    expect(made.code, made.output).toBe(0);
    const pin = /PIN (\d{6}) \(shown once\)/.exec(made.output)?.[1];
    expect(pin).toBeDefined();
    const office = await start(dataDir);
    expect((await login(office.url, 'nachalnik', pin!)).staff.id).toBe('manager');
  });

  it('never takes a demo PIN, never writes over an office, and says what is wrong with a flag', async () => {
    const demoPin = await init(newFolder(), ['--manager-pin', '1111']);
    expect(demoPin.code).toBe(1);
    expect(demoPin.output).toContain('--manager-pin: a demo PIN');

    const dataDir = newFolder();
    expect((await init(dataDir, ['--manager-pin', '918273'])).code).toBe(0);
    const again = await init(dataDir, ['--manager-pin', '918273']);
    expect(again.code).toBe(1);
    expect(again.output).toContain('already holds an office');

    const badZone = await init(newFolder(), ['--time-zone', 'Europe/Nowhere']);
    expect(badZone.code).toBe(1);
    expect(badZone.output).toContain('--time-zone');
  });

  it('refuses demo credentials found in its file and says so at start-up', async () => {
    const dataDir = newFolder();
    expect((await init(dataDir, ['--manager-pin', '918273'])).code).toBe(0);
    // As if someone copied the demo's secrets into a real office's file by hand.
    const path = join(dataDir, 'office.json');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.snapshot.config.staff.push({ ...file.snapshot.config.staff[0], id: 'admin', login: 'admin' });
    file.pins.admin = hashPinBeforeStart('1111');
    file.devices.push({
      id: 'kiosk-9',
      role: 'kiosk',
      label: 'Киоск из демо',
      tokenHash: hashDeviceToken('demo-kiosk-token'),
      revoked: false,
      printer: null,
    });
    writeFileSync(path, JSON.stringify(file));

    const office = await start(dataDir);
    // Each line is its own log write: wait for both, whichever comes first.
    await until(
      () =>
        office.output().includes('answers to the demo token') && office.output().includes('has the demo PIN'),
      10_000,
    );
    expect(office.output()).toContain('WARNING: login «admin» has the demo PIN');
    expect(office.output()).toContain('WARNING: device «kiosk-9» answers to the demo token');
    await expect(login(office.url, 'admin', '1111')).rejects.toMatchObject({ code: 'demo_credential' });
    expect(await handshake(office.url, 'demo-kiosk-token')).toBe('unauthorized');
    const audit = readFileSync(join(dataDir, 'audit.jsonl'), 'utf8');
    expect(audit).toContain('demo_credential_refused');
  });

  it('an empty folder still becomes the demo office, which takes the demo credentials', async () => {
    const office = await start(newFolder());
    // The demo's addresses are logged after the line the start waits for, each its own write.
    await until(() => office.output().includes('demo-kiosk-token'), 10_000);
    expect((await login(office.url, 'manager', '2222')).staff.id).toBe('manager');
  });
});
