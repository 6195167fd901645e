import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALWAYS_OPEN, type Actor, type OfficeEvent, demoOffice, isRefusal } from '@queue/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { endSessionsIn } from '../src/auth/staff-sessions.js';
import { OfficeRuntime } from '../src/office-runtime.js';
import { seedOffice } from '../src/seed.js';
import type { Rename } from '../src/storage/fsync-file-adapter.js';
import { FileOfficeStore, type OfficeFile } from '../src/storage/office-store.js';

/**
 * Issue 13: a PIN reset changes office.json (the new PIN's hash, the member's sessions ended) and stores
 * `staff.pinReset` in the log. Whatever fails or stops between the two, the office never ends up with
 * one without the other: the log is the commit point, the staged office.json carries the event that
 * records it, and start-up finishes or discards it accordingly. Failures are injected at the rename
 * that puts office.json in place; a crash is a store abandoned without closing, then opened again.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const admin: Actor = { kind: 'staff', staffId: 'manager', roles: ['manager'] };
const NEW_HASH = { salt: 'new-salt', hash: 'new-hash' };

const office = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pin-reset-'));
  dirs.push(dir);
  const clock = () => Date.parse('2026-11-23T10:00:00+03:00');
  const said: string[] = [];
  const open = (rename?: Rename) =>
    FileOfficeStore.open(
      dir,
      () => seedOffice(demoOffice({ hours: ALWAYS_OPEN }), { pins: { op1: '1234' } }),
      {
        log: (line) => said.push(line),
        ...(rename ? { rename } : {}),
      },
    );
  open().close(); // the office exists before the test begins
  const boot = (rename?: Rename) => {
    const store = open(rename);
    return { store, runtime: new OfficeRuntime(store, clock) };
  };
  const onDisk = (): OfficeFile => JSON.parse(readFileSync(join(dir, 'office.json'), 'utf8')) as OfficeFile;
  const resets = (): OfficeEvent[] =>
    readFileSync(join(dir, 'events', 'live.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as OfficeEvent)
      .filter((event) => event.type === 'staff.pinReset');
  return { dir, boot, onDisk, resets, said };
};

/** What the reset route does (credential-routes.ts), with its record step in the test's hands. */
const resetPin = (
  store: FileOfficeStore,
  runtime: OfficeRuntime,
  record: () => boolean = () => !isRefusal(runtime.run({ type: 'staff.resetPin', staffId: 'op1' }, admin)),
) =>
  store.saveFile(
    (file) => {
      file.pins.op1 = NEW_HASH;
      endSessionsIn(file, 'op1');
    },
    { eventType: 'staff.pinReset', record },
  );

const failingRename: Rename = () => {
  throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
};

describe('a PIN reset and its record', () => {
  it('the rename fails after the event is stored: the reset holds, the alarm is up, and the next start puts the file in place', () => {
    const o = office();
    const first = o.boot(failingRename);
    expect(resetPin(first.store, first.runtime)).toBe(true);
    expect(o.resets()).toHaveLength(1);
    // In force now (the new PIN signs in, old sessions are over), though not yet in place on disk.
    expect(first.store.file.pins.op1).toEqual(NEW_HASH);
    expect(first.store.file.sessions?.op1).toBe(1);
    expect(o.onDisk().pins.op1).not.toEqual(NEW_HASH);
    expect(first.store.health.status.failing.map((f) => f.kind)).toEqual(['office']);
    // The process dies here (no close). The next start finishes what the log says happened.
    const second = o.boot();
    expect(o.onDisk().pins.op1).toEqual(NEW_HASH);
    expect(second.store.file.pins.op1).toEqual(NEW_HASH);
    expect(second.store.file.sessions?.op1).toBe(1);
    expect('pending' in second.store.file).toBe(false);
    expect(o.said.join('\n')).toContain('put in place a change recorded in the log (staff.pinReset');
    expect(existsSync(join(o.dir, '.office.json.tmp'))).toBe(false);
    second.runtime.close();
  });

  it('the rename fails, then the disk recovers: the probe puts the file in place and the alarm clears', () => {
    const o = office();
    let broken = true;
    const { store, runtime } = o.boot((from, to) =>
      broken ? failingRename(from, to) : renameSync(from, to),
    );
    resetPin(store, runtime);
    expect(store.health.status.failing).toHaveLength(1);
    store.probe();
    expect(store.health.status.failing).toHaveLength(1);
    broken = false;
    store.probe();
    expect(store.health.status.failing).toHaveLength(0);
    expect(o.onDisk().pins.op1).toEqual(NEW_HASH);
    runtime.close();
  });

  it('a second change while the first is not in place is refused, leaving both file and log as they were', () => {
    const o = office();
    const { store, runtime } = o.boot(failingRename);
    resetPin(store, runtime);
    const seq = runtime.state.seq;
    expect(() => resetPin(store, runtime)).toThrow(/could not write/);
    expect(runtime.state.seq).toBe(seq);
    expect(o.resets()).toHaveLength(1);
  });

  it('a stage left on disk without its event (a kill between the two) is discarded at start, and said', () => {
    const o = office();
    const first = o.boot();
    let stagedText = '';
    const stop = () => {
      // The kill: the stage is on disk, the event is not; copy the stage as the kill would leave it.
      stagedText = readFileSync(join(o.dir, '.office.json.tmp'), 'utf8');
      throw new Error('killed');
    };
    const before = o.onDisk();
    expect(() => resetPin(first.store, first.runtime, stop)).toThrow('killed');
    expect(JSON.parse(stagedText).pending.eventType).toBe('staff.pinReset');
    writeFileSync(join(o.dir, '.office.json.tmp'), stagedText);
    const second = o.boot();
    expect(o.onDisk()).toEqual(before);
    expect(second.store.file.pins.op1).toEqual(before.pins.op1);
    expect(existsSync(join(o.dir, '.office.json.tmp'))).toBe(false);
    expect(o.said.join('\n')).toContain(
      'discarded a staged change whose staff.pinReset never reached the log',
    );
    second.runtime.close();
  });

  it('the event cannot be stored (a failing log): nothing changes, in the file or in memory', () => {
    const o = office();
    const { store, runtime } = o.boot();
    const before = structuredClone(store.file);
    const log = join(o.dir, 'events', 'live.jsonl');
    expect(() =>
      resetPin(store, runtime, () => {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      }),
    ).toThrow('ENOSPC');
    expect(store.file).toEqual(before);
    expect(o.onDisk()).toEqual(before);
    expect(existsSync(join(o.dir, '.office.json.tmp'))).toBe(false);
    expect(existsSync(log) ? o.resets() : []).toHaveLength(0);
    runtime.close();
  });
});
