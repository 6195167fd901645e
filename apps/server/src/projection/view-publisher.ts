import type { JsonPatchOperation, PatchMessage, SnapshotMessage, View, ViewKind } from '@queue/protocol';
import type { OfficeRuntime } from '../office-runtime.js';
import { diffView } from './view-diff.js';
import { publicView, staffView } from './views.js';

/**
 * Versioned views for the replicas (DESIGN §1, STYLE: push patches, not "something changed"). Each kind
 * of view has its own revision; a client applies a patch only on the revision it holds.
 */
export class ViewPublisher {
  private readonly current = new Map<ViewKind, SnapshotMessage>();

  constructor(
    private readonly runtime: OfficeRuntime,
    private readonly emit: (kind: ViewKind, patch: PatchMessage) => void,
  ) {
    for (const kind of ['public', 'staff'] as const)
      this.current.set(kind, { rev: 1, view: this.build(kind) });
  }

  private build(kind: ViewKind): View {
    const { state, calls, shift } = this.runtime;
    // Views change only after a command or a tick, so they are "as of" that moment.
    const now = this.runtime.lastRunAt;
    return kind === 'public'
      ? publicView(state, now, calls.list())
      : staffView(state, now, calls.list(), shift.snapshot());
  }

  snapshot(kind: ViewKind): SnapshotMessage {
    return this.current.get(kind)!;
  }

  /** Recomputes both views and sends the difference, if any. */
  refresh(): void {
    for (const kind of ['public', 'staff'] as const) {
      const previous = this.current.get(kind)!;
      const view = this.build(kind);
      const ops: JsonPatchOperation[] = diffView(previous.view, view);
      if (ops.length === 0) continue;
      const next = { rev: previous.rev + 1, view };
      this.current.set(kind, next);
      this.emit(kind, { from: previous.rev, rev: next.rev, ops });
    }
  }
}
