import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

const office = () => {
  const dir = mkdtempSync(join(tmpdir(), 'checkpoint-'));
  dirs.push(dir);
  const now = { t: Date.parse('2026-11-23T10:00:00+03:00') };
  const open = () =>
    FileOfficeStore.open(dir, () => seedOffice(demoOffice({ hours: ALWAYS_OPEN }), { pins: {} }));
  const boot = () => new OfficeRuntime(open(), () => now.t);
  return { dir, now, open, boot };
};

/** A morning at the cash desk: `visits` visitors served one by one, a minute each. */
const morning = (runtime: OfficeRuntime, now: { t: number }, visits: number) => {
  const run = (command: Command, actor = cashier) => {
    const result = runtime.run(command, actor);
    if (isRefusal(result)) throw new Error(`refused ${command.type}: ${result.code}`);
  };
  if (runtime.state.windows.k1?.status !== 'open') {
    run({ type: 'staff.login', staffId: 'cashier', mode: 'operator', windowId: 'k1' });
    run({ type: 'window.open', windowId: 'k1', services: null });
  }
  for (let i = 0; i < visits; i++) {
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
    run({ type: 'ticket.callNext', windowId: 'k1' });
    run({ type: 'ticket.start', windowId: 'k1' });
    now.t += 60_000;
    run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' });
  }
};

describe('checkpoints of the live day', () => {
  it('a restart replays only the events after the checkpoint and ends in the very same office', () => {
    const { dir, now, open, boot } = office();
    const first = boot();
    morning(first, now, 40);
    first.checkpointIfDue(100);
    const checkpointSeq = first.state.seq;
    morning(first, now, 5);
    const expected = { state: first.state, calls: first.calls.list(), shift: first.shift.snapshot() };
    // As after a kill: no checkpoint at close.
    first.checkpointIfDue = () => {};
    first.close();

    const recovered = open().recover();
    expect(recovered.checkpoint?.state.seq).toBe(checkpointSeq);
    expect(recovered.events[0]?.seq).toBe(checkpointSeq + 1);
    expect(recovered.events.at(-1)?.seq).toBe(expected.state.seq);

    const second = boot();
    expect(second.state).toEqual(expected.state);
    expect(second.calls.list()).toEqual(expected.calls);
    expect(second.shift.snapshot()).toEqual(expected.shift);
    expect(second.shift.snapshot().cashier?.served).toBe(45);
    second.close();

    // And without the checkpoint, the full replay gives the same.
    rmSync(join(dir, 'events', 'checkpoint.json'));
    const third = boot();
    expect(third.state).toEqual(expected.state);
    expect(third.calls.list()).toEqual(expected.calls);
    third.close();
  });

  it('is taken only when due, and an unreadable or foreign one is ignored', () => {
    const { dir, now, open, boot } = office();
    const runtime = boot();
    morning(runtime, now, 3);
    runtime.checkpointIfDue(1000);
    expect(existsSync(join(dir, 'events', 'checkpoint.json'))).toBe(false);
    runtime.checkpointIfDue(5);
    expect(existsSync(join(dir, 'events', 'checkpoint.json'))).toBe(true);
    const state = runtime.state;
    runtime.checkpointIfDue = () => {};
    runtime.close();

    writeFileSync(join(dir, 'events', 'checkpoint.json'), '{"state":');
    expect(open().recover().checkpoint).toBeNull();
    expect(boot().state).toEqual(state);

    // A checkpoint ahead of the log (the log is the record) is not used.
    writeFileSync(
      join(dir, 'events', 'checkpoint.json'),
      JSON.stringify({ state: { ...state, seq: state.seq + 50 }, calls: [], shift: {} }),
    );
    expect(open().recover().checkpoint).toBeNull();
  });
});
