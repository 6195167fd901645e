import type { OfficeEvent, OfficeState } from '@queue/engine';
import type { ShiftStats } from '@queue/protocol';

/** The operator's own shift (issue: the console): served today, service time, time paused. */
export class ShiftLedger {
  private stats: Record<string, ShiftStats> = {};

  private of(staffId: string): ShiftStats {
    this.stats[staffId] ??= { served: 0, serviceMs: 0, pausedMs: 0, pausedSince: null };
    return this.stats[staffId];
  }

  observe(event: OfficeEvent, before: OfficeState): void {
    const operatorAt = (windowId: string) => before.windows[windowId]?.operatorId ?? null;
    switch (event.type) {
      case 'ticket.finished': {
        const staffId = before.tickets[event.ticketId]?.staffId ?? operatorAt(event.windowId);
        if (!staffId) return;
        const s = this.of(staffId);
        s.served += 1;
        s.serviceMs += event.durationMs;
        return;
      }
      case 'window.paused': {
        const staffId = operatorAt(event.windowId);
        if (staffId) this.of(staffId).pausedSince = event.at;
        return;
      }
      case 'window.resumed':
      case 'window.closed': {
        const staffId = operatorAt(event.windowId);
        if (!staffId) return;
        const s = this.of(staffId);
        if (s.pausedSince !== null) {
          s.pausedMs += event.at - s.pausedSince;
          s.pausedSince = null;
        }
        return;
      }
      case 'day.opened':
        this.stats = {};
        return;
    }
  }

  snapshot(): Record<string, ShiftStats> {
    return structuredClone(this.stats);
  }
}
