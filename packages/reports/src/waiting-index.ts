/**
 * Who is waiting, counted the way a window sees its queue (engine `isEligible`): tickets reserved for a
 * window count for that window only; the rest count for every window serving their topic with a
 * positive weight. Appointments not yet due are counted as waiting (the log cannot tell the report
 * more precisely without the slot rules; the difference is at most a few minutes before a slot).
 * Asked after every event for every window, so it keeps the set of topics anyone waits for.
 */
export class WaitingIndex {
  private readonly byService = new Map<string, number>();
  private readonly byWindow = new Map<string, number>();
  private readonly waitedFor = new Set<string>();

  add(serviceId: string, reservedWindowId: string | null, delta: 1 | -1): void {
    if (reservedWindowId !== null) {
      this.byWindow.set(reservedWindowId, (this.byWindow.get(reservedWindowId) ?? 0) + delta);
      return;
    }
    const count = (this.byService.get(serviceId) ?? 0) + delta;
    this.byService.set(serviceId, count);
    if (count > 0) this.waitedFor.add(serviceId);
    else this.waitedFor.delete(serviceId);
  }

  /** `served`: the topics the window serves with a positive weight. */
  waitingFor(windowId: string, served: ReadonlySet<string>): boolean {
    if ((this.byWindow.get(windowId) ?? 0) > 0) return true;
    const [small, large] =
      served.size < this.waitedFor.size ? [served, this.waitedFor] : [this.waitedFor, served];
    for (const id of small) if (large.has(id)) return true;
    return false;
  }
}
