import type { WindowStretch } from './day-outcome.js';
import type { OfficeFloor } from './office-floor.js';

/**
 * Each window's open stretches, read from the engine's events: the day's staff-minutes, and the
 * capacity the pooled floor (pooled-floor.ts) gives the same visitors.
 */
export class WindowHours {
  private readonly done: WindowStretch[] = [];
  private readonly open = new Map<string, WindowStretch>();

  constructor(floor: OfficeFloor) {
    floor.onEvent((event) => {
      switch (event.type) {
        case 'window.opened':
          this.open.set(event.windowId, {
            windowId: event.windowId,
            staffId: event.staffId,
            from: event.at,
            to: event.at,
            pauses: [],
          });
          return;
        case 'window.paused':
          this.open.get(event.windowId)?.pauses.push({ from: event.at, to: Number.POSITIVE_INFINITY });
          return;
        case 'window.resumed': {
          const pause = this.open.get(event.windowId)?.pauses.at(-1);
          if (pause) pause.to = event.at;
          return;
        }
        case 'window.closed': {
          const stretch = this.open.get(event.windowId);
          if (!stretch) return;
          stretch.to = event.at;
          for (const pause of stretch.pauses) pause.to = Math.min(pause.to, event.at);
          this.done.push(stretch);
          this.open.delete(event.windowId);
          return;
        }
        default:
          return;
      }
    });
  }

  /** Every stretch, those still open ending at `endedAt`, in the order they opened. */
  records(endedAt: number): WindowStretch[] {
    const still = [...this.open.values()].map((s) => ({
      ...s,
      to: endedAt,
      pauses: s.pauses.map((p) => ({ from: p.from, to: Math.min(p.to, endedAt) })),
    }));
    return [...this.done, ...still].sort((a, b) => a.from - b.from || a.windowId.localeCompare(b.windowId));
  }
}
