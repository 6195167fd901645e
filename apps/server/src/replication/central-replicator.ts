import {
  type CentrePosition,
  type LoggedEvent,
  type OfficeReport,
  centrePosition,
  latestTemplate,
  officeStatus,
  reportStatus,
  shipBatch,
} from '@queue/central-db';
import type { OfficeConfig } from '@queue/engine';
import type { PublishedTemplate, ReplicationStatus } from '@queue/protocol';
import pg from 'pg';
import type { OfficeRuntime } from '../office-runtime.js';
import type { OfficeStore } from '../storage/office-store.js';
import { EventLogTail } from './event-log-tail.js';

/** The head office's template as the office last read it. */
export interface TemplateRead {
  offer: PublishedTemplate | null;
  readAt: number | null;
}

export interface ReplicationSettings {
  /** The head office's PostgreSQL (`postgres://office_login:…@centre:5432/queue_central`). */
  url: string;
  /** The office's id in the company; the configuration's id unless set. */
  officeId?: string;
  /** Events per transaction. */
  batchSize?: number;
  /** A summary is sent at least this often, so the centre sees a quiet office is alive and waits grow. */
  heartbeatMs?: number;
  /** Events are gathered this long after the first of a burst before they go (one transaction for the burst). */
  gatherMs?: number;
  /** Waits between attempts while the centre is out of reach: doubling from the first to the last. */
  retryMs?: { first: number; last: number };
  /** How long a connection attempt and a statement may take before the link counts as down. */
  timeoutMs?: { connect: number; statement: number };
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * The centre's row-level security refused this login a row (`insufficient_privilege`): the login is
 * mapped to another office id, or to none (docs/SCALING.md «Deploying the head office»).
 */
const refusedByCentre = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '42501';

/**
 * Ships the office's event log to the head office's PostgreSQL (DESIGN §9, docs/SCALING.md): over an
 * outbound connection only, in batches, each stored once by (office, seq), resuming after any outage
 * from the last seq the centre holds. It runs beside the office, never in its way: commands are
 * stored, acknowledged and published without waiting for it, it reads the log files (the log is the
 * backlog, bounded by the disk), and a centre out of reach only makes the backlog longer.
 */
export class CentralReplicator {
  private readonly tail: EventLogTail;
  private readonly officeId: string;
  private readonly settings: Required<Omit<ReplicationSettings, 'officeId'>>;
  private client: pg.Client | null = null;
  private position: CentrePosition | null = null;
  private readonly stopping = new AbortController();
  private wake: AbortController = new AbortController();
  private loop: Promise<void> | null = null;
  private sentBaseConfig: OfficeConfig | null = null;
  /** The last event the centre is known to hold, sent again at the head of the next batch. */
  private anchor: LoggedEvent | null = null;
  private lastReportAt = 0;
  private current: ReplicationStatus;
  private offered: PublishedTemplate | null = null;
  private offeredReadAt: number | null = null;
  private templateReadAt = 0;

  constructor(
    private readonly runtime: OfficeRuntime,
    private readonly store: OfficeStore,
    dataDir: string,
    settings: ReplicationSettings,
  ) {
    this.tail = new EventLogTail(dataDir);
    this.officeId = settings.officeId ?? runtime.state.config.id;
    this.settings = {
      url: settings.url,
      batchSize: settings.batchSize ?? 500,
      heartbeatMs: settings.heartbeatMs ?? 10_000,
      gatherMs: settings.gatherMs ?? 50,
      retryMs: settings.retryMs ?? { first: 1_000, last: 10_000 },
      timeoutMs: settings.timeoutMs ?? { connect: 10_000, statement: 30_000 },
    };
    this.current = {
      officeId: this.officeId,
      state: 'connecting',
      replicatedSeq: null,
      backlog: null,
      lastContactAt: null,
      offlineSince: null,
      detail: null,
    };
  }

  start(): void {
    this.runtime.onEvents(() => this.wake.abort());
    this.loop = this.run();
  }

  /**
   * The head office's latest configuration template, as last read (at most every half minute): what the
   * office's manager is offered to adopt (`offer` null when there is none), and when it was read (the
   * office's clock; null before the first read). While the centre is out of reach the last read stays.
   */
  template(): TemplateRead {
    return { offer: this.offered, readAt: this.offeredReadAt };
  }

  status(): ReplicationStatus {
    const { replicatedSeq } = this.current;
    return {
      ...this.current,
      backlog: replicatedSeq === null ? null : Math.max(0, this.runtime.state.seq - replicatedSeq),
    };
  }

  private update(change: Partial<ReplicationStatus>): void {
    this.current = { ...this.current, ...change };
  }

  private report(): OfficeReport {
    const base = this.store.file.snapshot.config;
    const report: OfficeReport = {
      officeId: this.officeId,
      status: officeStatus(this.runtime.state, this.runtime.clock()),
    };
    if (base !== this.sentBaseConfig) report.baseConfig = base;
    return report;
  }

  private reported(report: OfficeReport): void {
    if (report.baseConfig) this.sentBaseConfig = report.baseConfig;
    this.lastReportAt = Date.now();
    const now = this.runtime.clock();
    this.update({ lastContactAt: now, offlineSince: null, detail: null });
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.settings.url,
      connectionTimeoutMillis: this.settings.timeoutMs.connect,
      // A link that silently drops packets must not hang a batch for ever.
      query_timeout: this.settings.timeoutMs.statement,
      keepAlive: true,
      application_name: `queue-office:${this.officeId}`,
    });
    // An error on an idle connection (the centre restarted) must not crash the office.
    client.on('error', () => {});
    await client.connect();
    return client;
  }

  private async run(): Promise<void> {
    const { retryMs } = this.settings;
    let retry = retryMs.first;
    while (!this.stopping.signal.aborted) {
      try {
        this.client ??= await this.connect();
        this.position ??= await centrePosition(this.client, this.officeId);
        if (this.position.replicatedSeq > this.runtime.state.seq) {
          await this.diverged(
            `the centre holds events up to ${this.position.replicatedSeq}, the office only to ${this.runtime.state.seq}`,
          );
          continue;
        }
        const sent = await this.sendOnce(this.client, this.position);
        retry = retryMs.first;
        if (!sent) await this.idle();
      } catch (error) {
        this.dropConnection();
        if (this.stopping.signal.aborted) break;
        if (refusedByCentre(error)) {
          // Not a link that will come back by itself: say so, and look again now and then.
          this.update({ state: 'refused', detail: (error as Error).message });
          await sleep(retryMs.last, this.stopping.signal);
          continue;
        }
        const now = this.runtime.clock();
        this.update({
          state: 'offline',
          offlineSince: this.current.offlineSince ?? now,
          detail: (error as Error).message,
        });
        await sleep(retry, this.stopping.signal);
        retry = Math.min(retry * 2, retryMs.last);
      }
    }
  }

  /**
   * The events to send after what the centre holds, led by the last event it holds (the anchor): the
   * centre compares it with its own, so a log that is not the one it replicated — a data folder replaced
   * under the same office id — is refused before anything of it is stored.
   */
  private async nextBatch(position: CentrePosition): Promise<LoggedEvent[]> {
    const held = position.replicatedSeq;
    const { batchSize } = this.settings;
    // Only what the office has acknowledged: an append in flight is not final until it is.
    const acknowledged = this.runtime.state.seq;
    if (held === 0) return this.tail.read(0, batchSize, acknowledged);
    if (this.anchor?.seq === held) {
      const fresh = await this.tail.read(held, batchSize, acknowledged);
      return fresh.length === 0 ? [] : [this.anchor, ...fresh];
    }
    const events = await this.tail.read(held - 1, batchSize + 1, acknowledged);
    if (events[0]?.seq !== held) throw new Error(`the office's log has no event ${held}`);
    this.anchor = events[0];
    if (events.length > 1) return events;
    // Nothing after it yet: the next read follows on from here.
    this.tail.confirm(held);
    return [];
  }

  /** Sends one batch, or a heartbeat when due; returns whether there may be more to send at once. */
  private async sendOnce(client: pg.Client, position: CentrePosition): Promise<boolean> {
    const events = await this.nextBatch(position);
    if (events.length === 0) {
      this.update({ state: 'upToDate', replicatedSeq: position.replicatedSeq });
      if (Date.now() - this.lastReportAt >= this.settings.heartbeatMs) {
        const report = this.report();
        await reportStatus(client, report);
        this.reported(report);
      }
      await this.readTemplate(client);
      return false;
    }
    this.update({ state: 'sending', replicatedSeq: position.replicatedSeq });
    const report = this.report();
    const result = await shipBatch(client, report, events);
    if (result.ok) {
      position.replicatedSeq = result.replicatedSeq;
      this.tail.confirm(result.replicatedSeq);
      this.anchor = events.at(-1) ?? null;
      this.reported(report);
      this.update({ replicatedSeq: result.replicatedSeq });
      await this.readTemplate(client);
      return true;
    }
    this.anchor = null;
    if (result.reason === 'gap') {
      position.replicatedSeq = result.replicatedSeq;
      return true;
    }
    await this.diverged(`the centre holds another event under seq ${result.seq}`);
    return false;
  }

  /** The head office's latest template, read again at most every half minute (a busy office never idles long). */
  private async readTemplate(client: pg.Client): Promise<void> {
    if (Date.now() - this.templateReadAt < Math.min(30_000, this.settings.heartbeatMs)) return;
    this.offered = await latestTemplate(client);
    this.offeredReadAt = this.runtime.clock();
    this.templateReadAt = Date.now();
  }

  /** The centre's record of this office is not this office's log: stop sending, say so, look again later. */
  private async diverged(detail: string): Promise<void> {
    this.update({ state: 'diverged', detail });
    this.position = null;
    await sleep(this.settings.retryMs.last, this.stopping.signal);
  }

  /** Waits for new events (then a moment more, to send a burst at once) or the next heartbeat. */
  private async idle(): Promise<void> {
    const wait = Math.max(0, this.settings.heartbeatMs - (Date.now() - this.lastReportAt));
    if (!this.wake.signal.aborted)
      await sleep(wait, AbortSignal.any([this.wake.signal, this.stopping.signal]));
    this.wake = new AbortController();
    await sleep(this.settings.gatherMs, this.stopping.signal);
  }

  private dropConnection(): void {
    const client = this.client;
    this.client = null;
    this.position = null;
    client?.end().catch(() => {});
  }

  /**
   * Stops sending. A batch in flight on a dead line would hold the office's shutdown for the statement
   * timeout, so the wait for it is cut short: the centre rolls back whatever it did not commit.
   */
  async close(): Promise<void> {
    this.stopping.abort();
    this.wake.abort();
    await Promise.race([this.loop, new Promise((done) => setTimeout(done, 2_000).unref())]);
    const client = this.client;
    this.client = null;
    client?.end().catch(() => {});
  }
}
