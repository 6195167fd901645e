import { describe, expect, it } from 'vitest';
import { StorageError } from '../src/storage/storage-error.js';
import { StorageHealth } from '../src/storage/storage-health.js';

const enospc = new StorageError(
  '/data/events/live.jsonl',
  Object.assign(new Error('full'), { code: 'ENOSPC' }),
);
const eacces = new StorageError('/data/office.json', Object.assign(new Error('denied'), { code: 'EACCES' }));

describe('the storage alarm', () => {
  it('names each failing file relative to the data folder, with its code and since when, and counts', () => {
    let t = 1000;
    const health = new StorageHealth('/data', () => t);
    let changes = 0;
    health.onChange(() => changes++);
    health.failed('events', '/data/events/live.jsonl', enospc, 900);
    t = 2000;
    health.failed('events', '/data/events/live.jsonl', enospc, 300);
    health.failed('office', '/data/office.json', eacces);
    expect(health.status).toEqual({
      failing: [
        { file: 'events/live.jsonl', kind: 'events', code: 'ENOSPC', since: 1000 },
        { file: 'office.json', kind: 'office', code: 'EACCES', since: 2000 },
      ],
      failedWrites: 3,
    });
    expect(changes).toBe(3);
  });

  it('a small write that fits does not clear a lack of space that a larger one hit; one as large does', () => {
    const health = new StorageHealth('/data', () => 0);
    health.failed('events', '/data/events/live.jsonl', enospc, 900);
    health.succeeded('/data/events/live.jsonl', 200);
    expect(health.status.failing).toHaveLength(1);
    health.succeeded('/data/events/live.jsonl', 900);
    expect(health.status.failing).toEqual([]);
    expect(health.status.failedWrites).toBe(1);
  });

  it('any success clears a failure that was not for lack of space', () => {
    const health = new StorageHealth('/data', () => 0);
    health.failed('office', '/data/office.json', eacces, 5000);
    health.succeeded('/data/office.json', 1);
    expect(health.status.failing).toEqual([]);
  });
});
