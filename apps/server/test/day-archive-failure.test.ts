import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeEvent } from '@queue/engine';
import { describe, expect, it } from 'vitest';
import { OfficeRuntime } from '../src/office-runtime.js';
import { StorageError } from '../src/storage/storage-error.js';
import { cashDesk, demoOfficeOnDisk } from './cash-desk-office.js';

/**
 * Closing a day when the disk will not have it (issue 13): the real system calls fail — the archive
 * folder replaced by a file (the rename fails), the office file's temporary name taken by a folder (its
 * write fails) — as they would on a broken disk, even for root.
 */
const DAY = 24 * 3_600_000;
const events = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OfficeEvent);

describe('closing a day on failing storage', () => {
  it('a day that cannot be archived stays open, and the command that needed it changes nothing', () => {
    const { dir, now, open } = demoOfficeOnDisk('archive-fails-');
    const store = open();
    const runtime = new OfficeRuntime(store, () => now.t);
    const { issue } = cashDesk(runtime);
    for (let i = 0; i < 3; i++) issue();
    const before = { seq: runtime.state.seq, day: runtime.state.day };
    const live = join(dir, 'events', 'live.jsonl');
    const liveText = readFileSync(live, 'utf8');

    const archive = join(dir, 'events', 'archive');
    rmSync(archive, { recursive: true });
    writeFileSync(archive, 'not a folder');
    now.t += DAY;
    expect(issue).toThrow(StorageError);
    expect({ seq: runtime.state.seq, day: runtime.state.day }).toEqual(before);
    expect(readFileSync(live, 'utf8')).toBe(liveText);
    expect(store.health.status.failing).toContainEqual(
      expect.objectContaining({ file: 'events/live.jsonl', kind: 'events' }),
    );

    rmSync(archive);
    mkdirSync(archive);
    issue();
    const [archived] = readdirSync(archive);
    expect(events(join(archive, archived!)).at(-1)?.type).toBe('day.closed');
    expect(events(live)[0]?.type).toBe('day.opened');
    expect(store.health.status.failing).toEqual([]);
    const state = runtime.state;
    runtime.close();
    expect(new OfficeRuntime(open(), () => now.t).state).toEqual(state);
  });

  it('a day archived whose new start cannot be saved goes on, recovers from the archive, and saves it later', () => {
    const { dir, now, open } = demoOfficeOnDisk('start-unsaved-');
    const store = open();
    const runtime = new OfficeRuntime(store, () => now.t);
    const { issue } = cashDesk(runtime);
    for (let i = 0; i < 3; i++) issue();

    const blocker = join(dir, '.office.json.tmp');
    mkdirSync(blocker);
    now.t += DAY;
    issue(); // the day turns: archived, the new day opened, the ticket stored
    expect(runtime.state.day).not.toBeNull();
    expect(store.health.status.failing).toContainEqual(
      expect.objectContaining({ file: 'office.json', kind: 'office' }),
    );
    const state = runtime.state;
    // A stop now: the saved start is the old day's, the archive is ahead of it and is replayed.
    runtime.close();
    expect(new OfficeRuntime(open(), () => now.t).state).toEqual(state);

    // The disk is fine again: the probe saves the new start, and the alarm goes.
    rmSync(blocker, { recursive: true });
    store.probe();
    expect(store.health.status.failing).toEqual([]);
    const [archived] = readdirSync(join(dir, 'events', 'archive'));
    const closed = events(join(dir, 'events', 'archive', archived!)).at(-1)!;
    expect(closed.type).toBe('day.closed');
    expect(JSON.parse(readFileSync(join(dir, 'office.json'), 'utf8')).snapshot.seq).toBe(closed.seq);
    expect(new OfficeRuntime(open(), () => now.t).state).toEqual(state);
  });
});
