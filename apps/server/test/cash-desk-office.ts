import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALWAYS_OPEN, type Actor, type Command, demoOffice, isRefusal } from '@queue/engine';
import { afterEach } from 'vitest';
import { OfficeRuntime } from '../src/office-runtime.js';
import { seedOffice } from '../src/seed.js';
import { FileOfficeStore } from '../src/storage/office-store.js';

/** The demo office on disk with a test clock, for tests of the runtime and its store (removed after each). */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export const cashier: Actor = { kind: 'staff', staffId: 'cashier', roles: ['operator'] };
const admin: Actor = { kind: 'staff', staffId: 'admin', roles: ['administrator'] };

export const demoOfficeOnDisk = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  const now = { t: Date.parse('2026-11-23T10:00:00+03:00') };
  const open = () =>
    FileOfficeStore.open(dir, () => seedOffice(demoOffice({ hours: ALWAYS_OPEN }), { pins: {} }));
  const boot = () => new OfficeRuntime(open(), () => now.t);
  return { dir, now, open, boot };
};

/** The cash desk's commands on a runtime, each expected to succeed. */
export const cashDesk = (runtime: OfficeRuntime) => {
  const run = (command: Command, actor = cashier) => {
    const result = runtime.run(command, actor);
    if (isRefusal(result)) throw new Error(`refused ${command.type}: ${result.code}`);
  };
  const issue = () =>
    run(
      {
        type: 'ticket.issue',
        serviceIds: ['payment'],
        clientType: 'individual',
        priority: null,
        source: 'administrator',
      },
      admin,
    );
  const openDesk = () => {
    run({ type: 'staff.login', staffId: 'cashier', mode: 'operator', windowId: 'k1' });
    run({ type: 'window.open', windowId: 'k1', services: null });
  };
  return { run, issue, openDesk };
};
