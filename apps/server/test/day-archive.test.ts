import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ALWAYS_OPEN,
  type Actor,
  type Command,
  type OfficeEvent,
  demoOffice,
  isRefusal,
} from '@queue/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeRuntime } from '../src/office-runtime.js';
import { seedOffice } from '../src/seed.js';
import { FileOfficeStore } from '../src/storage/office-store.js';

const admin: Actor = { kind: 'staff', staffId: 'admin', roles: ['administrator'] };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const open = (now: { t: number }) => {
  const dir = mkdtempSync(join(tmpdir(), 'office-days-'));
  dirs.push(dir);
  const config = demoOffice({ hours: ALWAYS_OPEN });
  const boot = () =>
    new OfficeRuntime(
      FileOfficeStore.open(dir, () => seedOffice(config, { pins: {} })),
      () => now.t,
    );
  return { dir, boot };
};

const run = (runtime: OfficeRuntime, command: Command) => {
  const result = runtime.run(command, admin);
  if (isRefusal(result)) throw new Error(`refused ${command.type}: ${result.code}`);
  return result.events;
};
const issue = (runtime: OfficeRuntime, serviceId = 'payment') =>
  run(runtime, {
    type: 'ticket.issue',
    serviceIds: [serviceId],
    clientType: 'individual',
    priority: null,
    source: 'administrator',
  });
const serveOne = (runtime: OfficeRuntime, now: { t: number }) => {
  run(runtime, { type: 'ticket.callNext', windowId: 'k1' });
  run(runtime, { type: 'ticket.start', windowId: 'k1' });
  now.t += 60_000;
  run(runtime, { type: 'ticket.finish', windowId: 'k1', result: 'resolved' });
};
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as OfficeEvent);

describe('closing a day', () => {
  it('archives the closed day whole with the visitors it closed, starts a small live log and restarts numbering', () => {
    const now = { t: Date.parse('2026-11-23T10:00:00+03:00') };
    const { dir, boot } = open(now);
    let runtime = boot();
    run(runtime, { type: 'window.open', windowId: 'k1', services: null });
    for (let i = 0; i < 3; i++) issue(runtime);
    serveOne(runtime, now);
    now.t = Date.parse('2026-11-24T09:00:00+03:00');
    issue(runtime);

    const archived = lines(join(dir, 'events', 'archive', '2026-11-23.jsonl'));
    expect(archived[0]?.type).toBe('day.opened');
    expect(archived.at(-1)).toMatchObject({ type: 'day.closed', day: '2026-11-23' });
    // The two still waiting at the rollover are closed as not served, in the day they belong to.
    expect(archived.filter((e) => e.type === 'ticket.unserved')).toHaveLength(2);
    const live = lines(join(dir, 'events', 'live.jsonl'));
    expect(live[0]).toMatchObject({ type: 'day.opened', day: '2026-11-24', seq: archived.at(-1)!.seq + 1 });
    const numbers = Object.values(runtime.state.tickets)
      .map((t) => t.number)
      .sort();
    expect(numbers).toEqual(['К001']); // nothing of yesterday in today's queue, and a number never repeats

    const before = runtime.state;
    runtime.close();
    runtime = boot();
    expect(runtime.state).toEqual(before);
    runtime.close();
  });

  it('recovers a day whose archive was written when the new starting state was not (a crash between)', () => {
    const now = { t: Date.parse('2026-11-23T10:00:00+03:00') };
    const { dir, boot } = open(now);
    let runtime = boot();
    const officeFile = join(dir, 'office.json');
    const savedBeforeClose = readFileSync(officeFile, 'utf8');
    run(runtime, { type: 'window.open', windowId: 'k1', services: null });
    for (let i = 0; i < 3; i++) issue(runtime);
    serveOne(runtime, now);
    now.t = Date.parse('2026-11-24T09:00:00+03:00');
    issue(runtime);
    runtime.close();
    const archived = lines(join(dir, 'events', 'archive', '2026-11-23.jsonl'));

    // As if the process died after moving the log to the archive, before saving the new start.
    writeFileSync(officeFile, savedBeforeClose);
    rmSync(join(dir, 'events', 'live.jsonl'));
    runtime = boot();
    expect(runtime.state.seq).toBe(archived.at(-1)!.seq);
    expect(runtime.state.day).toBe('2026-11-23');
    expect(runtime.state.dayEndedAt).toBe(now.t);
    expect(runtime.state.tickets).toEqual({});
    runtime.close();
  });

  it('what a command stores does not grow with history: the state file stays the size of one day', () => {
    const now = { t: Date.parse('2026-11-02T09:00:00+03:00') };
    const { dir, boot } = open(now);
    const runtime = boot();
    const sizes: number[] = [];
    for (let day = 0; day < 4; day++) {
      now.t = Date.parse(`2026-11-${String(2 + day).padStart(2, '0')}T09:00:00+03:00`);
      run(runtime, { type: 'window.open', windowId: 'k1', services: null });
      for (let i = 0; i < 150; i++) {
        issue(runtime);
        serveOne(runtime, now);
      }
      run(runtime, { type: 'window.close', windowId: 'k1' });
      now.t += 16 * 3600_000;
      run(runtime, { type: 'clock.tick' });
      sizes.push(statSync(join(dir, 'office.json')).size);
      // The live log holds only the new day.
      expect(lines(join(dir, 'events', 'live.jsonl')).every((e) => e.seq > runtime.state.seq - 5)).toBe(true);
    }
    expect(Math.max(...sizes)).toBeLessThan(sizes[0]! * 1.2);
    expect(runtime.state.tickets).toEqual({});
    runtime.close();
  });
});
