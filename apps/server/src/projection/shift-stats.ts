import type { OfficeEvent, OfficeState } from '@queue/engine';
import type { ShiftStats } from '@queue/protocol';

/**
 * The operator's own shift (issue: the console): served today, service time, time paused. Records are
 * replaced, never changed, so an unchanged shift is the same object in consecutive views and the view
 * diff skips it.
 */
export class ShiftLedger {
  private stats: Record<string, ShiftStats> = {};

  private update(staffId: string, change: (s: ShiftStats) => Partial<ShiftStats>): void {
    const current = this.stats[staffId] ?? { served: 0, serviceMs: 0, pausedMs: 0, pausedSince: null };
    this.stats = { ...this.stats, [staffId]: { ...current, ...change(current) } };
  }

  observe(event: OfficeEvent, before: OfficeState): void {
    const operatorAt = (windowId: string) => before.windows[windowId]?.operatorId ?? null;
    switch (event.type) {
      case 'ticket.finished': {
        const staffId = before.tickets[event.ticketId]?.staffId ?? operatorAt(event.windowId);
        if (!staffId) return;
        this.update(staffId, (s) => ({ served: s.served + 1, serviceMs: s.serviceMs + event.durationMs }));
        return;
      }
      case 'window.paused': {
        const staffId = operatorAt(event.windowId);
        if (staffId) this.update(staffId, () => ({ pausedSince: event.at }));
        return;
      }
      case 'window.resumed':
      case 'window.closed': {
        const staffId = operatorAt(event.windowId);
        const since = staffId ? this.stats[staffId]?.pausedSince : null;
        if (!staffId || since === null || since === undefined) return;
        this.update(staffId, (s) => ({ pausedMs: s.pausedMs + event.at - since, pausedSince: null }));
        return;
      }
      case 'day.opened':
        this.stats = {};
        return;
    }
  }

  /** From a checkpoint (the figures it held). */
  restore(stats: Record<string, ShiftStats>): void {
    this.stats = { ...stats };
  }

  /** Immutable: the same object until the next change. */
  snapshot(): Readonly<Record<string, ShiftStats>> {
    return this.stats;
  }
}
