import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDesktop } from '../scripts/build-desktop.js';
import { bridgeArguments } from '../src/bridge-arguments.js';
import type { QueueDesktop, QueueShell } from '../src/desktop-bridge.js';
import { IPC } from '../src/ipc-channels.js';

/**
 * The built preload (dist/preload.cjs) run as a sandboxed renderer runs it: a plain script in its own
 * context, with a `require` that knows only 'electron', `process.argv` and the page's `location`.
 */
let code: string;
let out: string;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'desktop-preload-'));
  await buildDesktop(out);
  code = readFileSync(join(out, 'preload.cjs'), 'utf8');
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

function runPreload(protocol: string, argv: string[]) {
  const exposed: Record<string, unknown> = {};
  const calls: { kind: 'invoke' | 'send'; channel: string; args: unknown[] }[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        calls.push({ kind: 'invoke', channel, args });
        return Promise.resolve({ status: 'printed' });
      },
      send: (channel: string, ...args: unknown[]) => calls.push({ kind: 'send', channel, args }),
    },
  };
  runInNewContext(code, {
    require: (name: string) => {
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    },
    process: { argv },
    location: { protocol },
  });
  return { exposed, calls };
}

const KIOSK_ARGS = bridgeArguments({
  role: 'kiosk',
  version: '0.1.0',
  printer: { paper: '80mm', codePage: 'CP866' },
});

describe('preload', () => {
  it('gives an office page queueDesktop, whose calls become IPC requests to the main process', async () => {
    const { exposed, calls } = runPreload('http:', ['/opt/queue-desktop', ...KIOSK_ARGS]);
    expect(Object.keys(exposed)).toEqual(['queueDesktop']);
    const desktop = exposed.queueDesktop as QueueDesktop;
    expect(desktop.role).toBe('kiosk');
    expect(desktop.printer).toEqual({ paper: '80mm', codePage: 'CP866' });

    const print = { officeName: 'ЦОК', number: 'А001', topic: 'Оплата', issuedAtLocal: '03.02.2025 10:15' };
    const options = {
      paper: '80mm' as const,
      codePage: 'CP866' as const,
      fields: { officeName: true, dateTime: true, peopleAhead: true, expectedWait: true, qr: false },
    };
    expect(await desktop.printTicket(print, options)).toEqual({ status: 'printed' });
    await desktop.exit({ login: 'admin', pin: '1111' });
    await desktop.openSettings({ login: 'admin', pin: '1111' });
    desktop.openAdmin();
    expect(calls).toEqual([
      { kind: 'invoke', channel: IPC.printTicket, args: [print, options] },
      { kind: 'invoke', channel: IPC.admin, args: ['exit', { login: 'admin', pin: '1111' }] },
      { kind: 'invoke', channel: IPC.admin, args: ['settings', { login: 'admin', pin: '1111' }] },
      { kind: 'send', channel: IPC.openAdmin, args: [] },
    ]);
  });

  it("gives the shell's own pages queueShell and not queueDesktop", async () => {
    const { exposed, calls } = runPreload('file:', ['/opt/queue-desktop', ...KIOSK_ARGS]);
    expect(Object.keys(exposed)).toEqual(['queueShell']);
    const shell = exposed.queueShell as QueueShell;
    await shell.loadSettings();
    await shell.saveSettings({ role: 'operator' }, { login: 'admin', pin: '1111' });
    await shell.trialPrint({ paper: '80mm' });
    await shell.admin('exit', { login: 'admin', pin: '1111' });
    shell.back();
    expect(calls.map((call) => call.channel)).toEqual([
      IPC.shellLoad,
      IPC.shellSave,
      IPC.shellTrialPrint,
      IPC.shellAdmin,
      IPC.shellBack,
    ]);
  });

  it('exposes nothing to a page when the shell did not say what it is', () => {
    expect(runPreload('http:', ['/opt/queue-desktop']).exposed).toEqual({});
  });
});
