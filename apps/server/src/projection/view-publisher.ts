import type {
  JsonPatchOperation,
  PatchMessage,
  ReplicationStatus,
  SnapshotMessage,
  View,
  ViewKind,
} from '@queue/protocol';
import type { OfficeRuntime } from '../office-runtime.js';
import { RECENT_CALLS } from './call-history.js';
import { diffView } from './view-diff.js';
import { publicView, staffView } from './views.js';

const KINDS = ['public', 'staff'] as const;

/**
 * A batch is published at once when it reaches this many changes: the hall's view keeps only the
 * latest calls (RECENT_CALLS), and a command calls one visitor at most, so every call is in at least
 * one patch — shown and announced — however many commands arrive together.
 */
const MOST_CHANGES_PER_PATCH = RECENT_CALLS;

/**
 * Versioned views for the replicas (DESIGN §1, STYLE: push patches, not "something changed"). Each kind
 * of view has its own revision; a client applies a patch only on the revision it holds.
 *
 * A change is published once the event loop has taken in every command that arrived with it
 * (`setImmediate`: after this turn's I/O callbacks), so a burst of commands costs one patch per view,
 * not one per command — fewer bytes queued on every socket and in the recovery window, less work
 * under load — while a lone command's patch still follows its acknowledgement at once.
 */
export class ViewPublisher {
  private readonly current = new Map<ViewKind, SnapshotMessage>();
  private pending = 0;

  constructor(
    private readonly runtime: OfficeRuntime,
    private readonly emit: (kind: ViewKind, patch: PatchMessage) => void,
    /** The replication to the head office, shown to staff (`null` when the office sends nothing). */
    private readonly replication: () => ReplicationStatus | null = () => null,
  ) {
    for (const kind of KINDS) this.current.set(kind, { rev: 1, view: this.build(kind) });
  }

  private build(kind: ViewKind): View {
    const { state, calls, shift } = this.runtime;
    // Views change only after a command or a tick, so they are "as of" that moment.
    const now = this.runtime.lastRunAt;
    return kind === 'public'
      ? publicView(state, now, calls.list())
      : staffView(state, now, calls.list(), shift.snapshot(), this.runtime.storage, this.replication());
  }

  /** The state changed: its patches go out after this turn's I/O, or sooner with `publish`. */
  changed(): void {
    this.pending += 1;
    if (this.pending === 1) setImmediate(() => this.publish());
    else if (this.pending >= MOST_CHANGES_PER_PATCH) this.publish();
  }

  /** The current view of a kind, with anything pending published first. */
  snapshot(kind: ViewKind): SnapshotMessage {
    this.publish();
    return this.current.get(kind)!;
  }

  /**
   * Sends what changed since the last publication, if anything did: kind by kind, the hall's view
   * first, so a call reaches the hall display without waiting for the staff view to be built.
   */
  publish(): void {
    if (this.pending === 0) return;
    this.pending = 0;
    for (const kind of KINDS) {
      const patch = this.diff(kind);
      if (patch) this.emit(kind, patch);
    }
  }

  /** Rebuilds one view and returns its difference, already counted as the new revision. */
  private diff(kind: ViewKind): PatchMessage | null {
    const previous = this.current.get(kind)!;
    const view = this.build(kind);
    const ops: JsonPatchOperation[] = diffView(previous.view, view);
    if (ops.length === 0) return null;
    const next = { rev: previous.rev + 1, view };
    this.current.set(kind, next);
    return { from: previous.rev, rev: next.rev, ops };
  }

  /** Recomputes both views and sends the difference, if any: time alone moves the forecast. */
  refresh(): void {
    this.pending += 1;
    this.publish();
  }
}
