import type { PublicView } from '@queue/protocol';
import { describe, expect, it } from 'vitest';
import { applyPatchMessage, createReplicaStore, takeSnapshot } from '../src/index.js';

const view = (name: string) => ({ kind: 'public', office: { name } }) as unknown as PublicView;

describe('replica store', () => {
  it('applies patches in order and reports a gap instead of applying out of order', () => {
    const store = createReplicaStore<PublicView>();
    takeSnapshot(store, { rev: 3, view: view('А') });
    expect(
      applyPatchMessage(store, {
        from: 3,
        rev: 4,
        ops: [{ op: 'replace', path: '/office/name', value: 'Б' }],
      }),
    ).toBe(true);
    expect(store.getState()).toMatchObject({ rev: 4, patches: 1 });
    expect(store.getState().view?.office.name).toBe('Б');
    // Revision 5 is missing: 5 → 6 must not be applied on 4.
    expect(
      applyPatchMessage(store, {
        from: 5,
        rev: 6,
        ops: [{ op: 'replace', path: '/office/name', value: 'В' }],
      }),
    ).toBe(false);
    expect(store.getState()).toMatchObject({ rev: 4 });
    // A replayed old patch is ignored, not an error.
    expect(
      applyPatchMessage(store, {
        from: 3,
        rev: 4,
        ops: [{ op: 'replace', path: '/office/name', value: 'Я' }],
      }),
    ).toBe(true);
    expect(store.getState().view?.office.name).toBe('Б');
  });

  it('keeps the previous view object intact, so React sees a new reference', () => {
    const store = createReplicaStore<PublicView>();
    takeSnapshot(store, { rev: 1, view: view('А') });
    const before = store.getState().view;
    applyPatchMessage(store, { from: 1, rev: 2, ops: [{ op: 'replace', path: '/office/name', value: 'Б' }] });
    expect(before?.office.name).toBe('А');
    expect(store.getState().view).not.toBe(before);
  });

  it('treats a patch that does not fit the view as a gap', () => {
    const store = createReplicaStore<PublicView>();
    takeSnapshot(store, { rev: 1, view: view('А') });
    expect(
      applyPatchMessage(store, { from: 1, rev: 2, ops: [{ op: 'replace', path: '/nope/deeper', value: 1 }] }),
    ).toBe(false);
    expect(store.getState().rev).toBe(1);
  });
});
