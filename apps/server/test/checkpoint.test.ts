import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OfficeRuntime } from '../src/office-runtime.js';
import { cashDesk, demoOfficeOnDisk } from './cash-desk-office.js';

const office = () => demoOfficeOnDisk('checkpoint-');

/** A morning at the cash desk: `visits` visitors served one by one, a minute each. */
const morning = (runtime: OfficeRuntime, now: { t: number }, visits: number) => {
  const { run, issue, openDesk } = cashDesk(runtime);
  if (runtime.state.windows.k1?.status !== 'open') openDesk();
  for (let i = 0; i < visits; i++) {
    issue();
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

    // One whose place in the log does not resume right after it is not used either.
    writeFileSync(
      join(dir, 'events', 'checkpoint.json'),
      JSON.stringify({ state, calls: [], shift: {}, logBytes: 0 }),
    );
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
