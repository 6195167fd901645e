import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALWAYS_OPEN, type Actor, type Command, demoOffice, isRefusal } from '@queue/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeRuntime } from '../src/office-runtime.js';
import { seedOffice } from '../src/seed.js';
import { FileOfficeStore } from '../src/storage/office-store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const cashier: Actor = { kind: 'staff', staffId: 'cashier', roles: ['operator'] };
const admin: Actor = { kind: 'staff', staffId: 'admin', roles: ['administrator'] };

describe('the operator’s shift figures', () => {
  it('counts served visitors, service and pause time, and stays the same object while nothing changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shift-'));
    dirs.push(dir);
    const now = { t: Date.parse('2026-11-23T10:00:00+03:00') };
    const runtime = new OfficeRuntime(
      FileOfficeStore.open(dir, () => seedOffice(demoOffice({ hours: ALWAYS_OPEN }), { pins: {} })),
      () => now.t,
    );
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
    run({ type: 'staff.login', staffId: 'cashier', mode: 'operator', windowId: 'k1' });
    run({ type: 'window.open', windowId: 'k1', services: null });
    issue();
    run({ type: 'ticket.callNext', windowId: 'k1' });
    run({ type: 'ticket.start', windowId: 'k1' });
    now.t += 3 * 60_000;
    run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' });
    run({ type: 'window.pause', windowId: 'k1', reason: 'Перерыв' });
    now.t += 5 * 60_000;
    run({ type: 'window.resume', windowId: 'k1' });

    const figures = runtime.shift.snapshot();
    expect(figures.cashier).toEqual({
      served: 1,
      serviceMs: 3 * 60_000,
      pausedMs: 5 * 60_000,
      pausedSince: null,
    });
    issue();
    expect(runtime.shift.snapshot()).toBe(figures);
    run({ type: 'ticket.callNext', windowId: 'k1' });
    run({ type: 'ticket.start', windowId: 'k1' });
    now.t += 60_000;
    run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' });
    expect(runtime.shift.snapshot()).not.toBe(figures);
    expect(runtime.shift.snapshot().cashier?.served).toBe(2);
    expect(figures.cashier?.served).toBe(1);
    runtime.close();
  });
});
