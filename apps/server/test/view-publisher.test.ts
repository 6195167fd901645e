import type { PatchMessage, View, ViewKind } from '@queue/protocol';
import jsonpatch, { type Operation } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { ViewPublisher } from '../src/projection/view-publisher.js';
import { cashDesk, demoOfficeOnDisk } from './cash-desk-office.js';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** The demo office's cash desk, with the publisher wired to its runtime as the server wires it. */
const publishedOffice = () => {
  const runtime = demoOfficeOnDisk('publisher-').boot();
  const sent: { kind: ViewKind; patch: PatchMessage }[] = [];
  const publisher = new ViewPublisher(runtime, (kind, patch) => sent.push({ kind, patch }));
  runtime.onEvents(() => publisher.changed());
  return { runtime, publisher, sent, desk: cashDesk(runtime) };
};

describe('publishing the views', () => {
  it('commands that arrive together go out as one patch per view, after the turn', async () => {
    const { sent, desk } = publishedOffice();
    desk.openDesk();
    desk.issue();
    desk.issue();
    expect(sent).toEqual([]);
    await nextTurn();
    expect(sent.map((s) => s.kind)).toEqual(['public', 'staff']);
    expect(sent.map((s) => [s.patch.from, s.patch.rev])).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });

  it('a lone command is published on its own, and a snapshot carries what is pending', async () => {
    const { sent, desk, publisher, runtime } = publishedOffice();
    desk.openDesk();
    await nextTurn();
    sent.length = 0;
    desk.issue();
    const snapshot = publisher.snapshot('staff');
    expect(sent.map((s) => s.kind)).toEqual(['public', 'staff']);
    expect(snapshot.view.kind === 'staff' && snapshot.view.seq).toBe(runtime.state.seq);
    await nextTurn();
    expect(sent).toHaveLength(2);
  });

  it('however many calls come in one turn, each reaches the hall display in some patch', async () => {
    const { sent, desk, publisher } = publishedOffice();
    desk.openDesk();
    await nextTurn();
    let hall: View = publisher.snapshot('public').view;
    sent.length = 0;
    for (let i = 0; i < 30; i++) {
      desk.issue();
      desk.run({ type: 'ticket.callNext', windowId: 'k1' });
      desk.run({ type: 'ticket.start', windowId: 'k1' });
      desk.run({ type: 'ticket.finish', windowId: 'k1', result: 'resolved' });
    }
    await nextTurn();
    const shown = new Set<string>();
    for (const { kind, patch } of sent) {
      if (kind !== 'public') continue;
      hall = jsonpatch.applyPatch(hall, patch.ops as Operation[], false, false).newDocument;
      if (hall.kind === 'public') for (const call of hall.calls) shown.add(call.id);
    }
    // 120 commands in one turn, more than the 12 calls the hall keeps: several patches, no call skipped.
    expect(sent.filter((s) => s.kind === 'public').length).toBeGreaterThan(1);
    expect(shown.size).toBe(30);
  });
});
