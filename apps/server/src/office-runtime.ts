import { randomBytes } from 'node:crypto';
import {
  type Actor,
  type Command,
  type Execution,
  type OfficeEvent,
  type OfficeState,
  type Refusal,
  apply,
  execute,
  isRefusal,
  turnDay,
} from '@queue/engine';
import { CallHistory } from './projection/call-history.js';
import { ShiftLedger } from './projection/shift-stats.js';
import type { StorageStatus } from '@queue/protocol';
import type { OfficeStore } from './storage/office-store.js';
import { StorageError } from './storage/storage-error.js';
import { VisitRegister } from './visit/visit-register.js';

const SYSTEM: Actor = { kind: 'system' };

/**
 * The only writer (DESIGN §1): one command at a time, decided by the engine, stored durably, and only
 * then applied and announced. Everything here is synchronous, so two commands can never interleave —
 * two consoles pressing "call next" together get two different tickets.
 */
export class OfficeRuntime {
  private current: OfficeState;
  readonly calls = new CallHistory();
  readonly shift = new ShiftLedger();
  /** Which ticket each phone token opens (issue 18). */
  readonly visits: VisitRegister;
  private readonly listeners = new Set<(events: readonly OfficeEvent[]) => void>();
  private ranAt: number | null = null;
  private checkpointedSeq: number;

  constructor(
    private readonly store: OfficeStore,
    readonly clock: () => number,
    /**
     * Told of an exception thrown after a command's events were stored (a projection or a listener
     * failing): the command stands, since its events are the record, and is acknowledged (issue 13).
     */
    private readonly onFault: (where: string, error: unknown) => void = (where, error) =>
      console.error(`office runtime: ${where} failed after the events were stored: ${String(error)}`),
  ) {
    const { base, checkpoint, events } = store.recover();
    this.current = checkpoint?.state ?? base;
    this.visits = new VisitRegister(this.current, checkpoint?.visits);
    if (checkpoint) {
      this.calls.restore(checkpoint.calls);
      this.shift.restore(checkpoint.shift);
    }
    this.fold(events);
    this.checkpointedSeq = this.current.seq;
  }

  /**
   * Replaying a whole busy day takes most of a restart, so every `everyEvents` events the live state is
   * kept beside the log (off the command path: the server calls this on its clock tick).
   */
  checkpointIfDue(everyEvents = 1000): void {
    if (this.current.seq - this.checkpointedSeq < everyEvents) return;
    try {
      this.store.checkpoint({
        state: this.current,
        calls: this.calls.list(),
        shift: this.shift.snapshot(),
        visits: this.visits.endedList(),
      });
      this.checkpointedSeq = this.current.seq;
    } catch (error) {
      // A shortcut, not the record: the storage alarm says it failed, and the next tick tries again.
      if (!(error instanceof StorageError)) throw error;
    }
  }

  /** The storage alarm: what the office could not write (issue 13). */
  get storage(): StorageStatus {
    return this.store.health.status;
  }

  get state(): OfficeState {
    return this.current;
  }

  /**
   * The clock reading of the last command (or tick) run: the moment the present state is "as of". The
   * views and the printed ticket use it, so they see the same projection the engine's alarm rules saw.
   */
  get lastRunAt(): number {
    return this.ranAt ?? this.clock();
  }

  onEvents(listener: (events: readonly OfficeEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Decides, stores (fsync), applies, announces. Throws `StorageError` when storage fails; then nothing
   * changed, in memory or on disk. Anything else that throws does so before the write (nothing changed
   * either): after it, the state is the engine's, and a failing projection or listener is reported to
   * `onFault` without undoing what is stored.
   */
  run(command: Command, actor: Actor): Execution | Refusal {
    const now = this.clock();
    this.ranAt = now;
    this.rollOver(now);
    // 128 random bits: a ticket's phone-page key is this nonce, so it must be unguessable (issue 18).
    const result = execute(this.current, command, {
      now,
      actor,
      nonce: randomBytes(16).toString('base64url'),
    });
    if (isRefusal(result)) return result;
    this.store.append(result.events);
    // The engine's own resulting state, not a second fold's equal copy: its forecast, computed for the
    // alarm rules, is then the one the views reuse (the projection is memoised by the very objects of the
    // state it read; a re-applied copy would have new ones).
    this.fold(result.events, result.state);
    this.announce(result.events);
    return result;
  }

  tick(): readonly OfficeEvent[] {
    const result = this.run({ type: 'clock.tick' }, SYSTEM);
    return isRefusal(result) ? [] : result.events;
  }

  /** The day turns over on its own batch, so the closed day's log can be archived whole. */
  private rollOver(now: number): void {
    const { events } = turnDay(this.current, now);
    if (events.length === 0) return;
    // Everything up to `day.closed` (the visitors closed as not served, the day's end) is the old day's.
    const cut = events.findIndex((e) => e.type === 'day.closed') + 1;
    const closed = events.slice(0, cut);
    const opened = events.slice(cut);
    // Every state is worked out before its events are stored, so nothing after a write can fail but the
    // projections and the listeners, which `fold` and `announce` keep from undoing it.
    const afterClose = closed.reduce(apply, this.current);
    const afterOpen = opened.reduce(apply, afterClose);
    const last = closed.at(-1);
    if (last?.type === 'day.closed') {
      this.store.closeDay(closed, last.day, afterClose);
      this.fold(closed, afterClose);
      this.announce(closed);
    }
    this.store.append(opened);
    this.fold(opened, afterOpen);
    this.announce(opened);
  }

  /**
   * Feeds the projections each event with the state before it, and moves on to the state after all
   * (`settled`, when the events are stored already: a projection that fails then is reported, and the
   * state still moves on — the log is the record, and the projections are rebuilt from it at a restart).
   */
  private fold(events: readonly OfficeEvent[], settled?: OfficeState): void {
    let state = this.current;
    try {
      for (const event of events) {
        this.calls.observe(event, state);
        this.shift.observe(event, state);
        this.visits.observe(event, state);
        if (event.type === 'day.opened') this.calls.reset();
        state = apply(state, event);
      }
    } catch (error) {
      if (!settled) throw error;
      this.onFault('a projection', error);
    }
    this.current = settled ?? state;
  }

  /** Each listener on its own: one that throws neither stops the others nor the command. */
  private announce(events: readonly OfficeEvent[]): void {
    for (const listener of this.listeners) {
      try {
        listener(events);
      } catch (error) {
        this.onFault('a listener of new events', error);
      }
    }
  }

  close(): void {
    this.checkpointIfDue(1);
    this.store.close();
  }
}
