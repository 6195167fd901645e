import type { PublicView, StaffView } from '@queue/protocol';
import { describe, expect, it } from 'vitest';
import { caughtUp, createReplicaStore, takeSnapshot } from '../src/index.js';

const staffAt = (seq: number) => ({ kind: 'staff', seq }) as unknown as StaffView;
const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((r) => setTimeout(r, 20));
  return done;
};

describe('waiting for the replica to show a command', () => {
  it('waits until the console’s view carries the command’s sequence number', async () => {
    const store = createReplicaStore<StaffView>();
    takeSnapshot(store, { rev: 1, view: staffAt(3) });
    const waiting = caughtUp(store, 5);
    expect(await settled(waiting)).toBe(false);
    store.setState({ view: staffAt(4) });
    expect(await settled(waiting)).toBe(false);
    store.setState({ view: staffAt(5) });
    expect(await settled(waiting)).toBe(true);
  });

  it('does not wait for a view without a sequence number, or one already there', async () => {
    const hall = createReplicaStore<PublicView>();
    takeSnapshot(hall, { rev: 1, view: { kind: 'public' } as unknown as PublicView });
    expect(await settled(caughtUp(hall, 99))).toBe(true);
    const console = createReplicaStore<StaffView>();
    takeSnapshot(console, { rev: 1, view: staffAt(7) });
    expect(await settled(caughtUp(console, 7))).toBe(true);
  });

  it('gives up after its time limit: the command was done, only the patch is late', async () => {
    const store = createReplicaStore<StaffView>();
    takeSnapshot(store, { rev: 1, view: staffAt(1) });
    expect(await settled(caughtUp(store, 2, 5))).toBe(true);
  });
});
