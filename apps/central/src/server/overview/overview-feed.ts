import type pg from 'pg';
import type { OfficeOverview } from '../../contract/central-api.js';
import { readOverview } from './office-overview.js';
import { OfficeListener } from './office-listener.js';
import type { OverviewFeed } from './overview-routes.js';

/**
 * The live overview's source: the offices named by `office_changed` notifications, read again a moment
 * after (one read for a burst of batches), and every office now and then, because an office falls
 * silent without any notification at all.
 */
export class LiveOverviewFeed implements OverviewFeed {
  private readonly listeners = new Set<(offices: OfficeOverview[]) => void>();
  private readonly changed = new Set<string>();
  private flushTimer: NodeJS.Timeout | null = null;
  private readonly tick: NodeJS.Timeout;
  private readonly listener: OfficeListener;

  constructor(
    private readonly db: pg.Pool,
    url: string,
    private readonly clock: () => number,
    private readonly silentAfterMs: number,
    options: { gatherMs?: number; everyoneMs?: number } = {},
  ) {
    const gatherMs = options.gatherMs ?? 100;
    this.listener = new OfficeListener(
      url,
      (officeId) => {
        this.changed.add(officeId);
        this.flushTimer ??= setTimeout(() => void this.flush(), gatherMs);
      },
      () => void this.sendAll(),
    );
    this.tick = setInterval(() => void this.sendAll(), options.everyoneMs ?? 5_000);
    this.tick.unref();
  }

  start(): Promise<void> {
    return this.listener.start();
  }

  subscribe(listener: (offices: OfficeOverview[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private send(offices: OfficeOverview[]): void {
    if (offices.length === 0) return;
    for (const listener of this.listeners) listener(offices);
  }

  private async flush(): Promise<void> {
    this.flushTimer = null;
    const ids = [...this.changed];
    this.changed.clear();
    if (this.listeners.size === 0) return;
    try {
      const now = this.clock();
      const rows = await Promise.all(ids.map((id) => readOverview(this.db, now, this.silentAfterMs, id)));
      this.send(rows.flat());
    } catch {
      // The database is away: the next tick or reconnect sends everything.
    }
  }

  private async sendAll(): Promise<void> {
    if (this.listeners.size === 0) return;
    try {
      this.send(await readOverview(this.db, this.clock(), this.silentAfterMs));
    } catch {
      // As above.
    }
  }

  async close(): Promise<void> {
    clearInterval(this.tick);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    await this.listener.close();
  }
}
