import type { PatchMessage, Principal, SnapshotMessage, View } from '@queue/protocol';
import { createStore } from 'zustand/vanilla';
import { applyPatchShared } from './structural-patch.js';

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'unauthorized';

export interface ReplicaState<V extends View = View> {
  connection: ConnectionState;
  view: V | null;
  rev: number;
  principal: Principal | null;
  /** Server time minus local time, so timers agree with the server's clock. */
  clockOffsetMs: number;
  /** Patches applied since the last snapshot, and snapshots taken: visible health of the replica. */
  patches: number;
  snapshots: number;
}

export const createReplicaStore = <V extends View = View>() =>
  createStore<ReplicaState<V>>()(() => ({
    connection: 'connecting',
    view: null,
    rev: 0,
    principal: null,
    clockOffsetMs: 0,
    patches: 0,
    snapshots: 0,
  }));

export type ReplicaStore<V extends View = View> = ReturnType<typeof createReplicaStore<V>>;

export const takeSnapshot = <V extends View>(store: ReplicaStore<V>, message: SnapshotMessage): void => {
  store.setState((s) => ({ view: message.view as V, rev: message.rev, snapshots: s.snapshots + 1 }));
};

/** Applies a patch in order; returns false on a gap, when the caller must fetch a snapshot. */
export const applyPatchMessage = <V extends View>(store: ReplicaStore<V>, message: PatchMessage): boolean => {
  const { view, rev } = store.getState();
  if (message.rev <= rev) return true; // already have it (a replayed packet after a short drop)
  if (!view || message.from !== rev) return false;
  try {
    const next = applyPatchShared(view, message.ops);
    store.setState((s) => ({ view: next as V, rev: message.rev, patches: s.patches + 1 }));
    return true;
  } catch {
    return false;
  }
};
