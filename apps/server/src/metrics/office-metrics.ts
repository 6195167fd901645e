import type { OfficeState } from '@queue/engine';
import type { Principal, StorageStatus } from '@queue/protocol';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What the metrics read at scrape time; each a function, so the figures are those of that moment. */
export interface MetricsSources {
  state: () => OfficeState;
  storage: () => StorageStatus;
  /** The principals of the sockets connected now. */
  clients: () => Promise<readonly Principal[]>;
  /** The head office's replication backlog in events (null: not known yet). */
  replicationBacklog: () => number | null;
  /** Whether this office replicates to the head office at all: the backlog is shown only then. */
  replicating: boolean;
}

/** Seconds: the ack of a command is stored and fsynced first, so its buckets start well under a ms. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * The office server's Prometheus metrics (issue 15), in a registry of its own (a test process runs many
 * servers). Counters and histograms are fed as things happen (`commandDone`, `appended`); the gauges
 * read the office's state when scraped, so they cost nothing between scrapes. No personal data: topics,
 * groups, roles and codes only.
 */
export class OfficeMetrics {
  readonly registry = new Registry();
  private readonly commands: Counter<'type'>;
  private readonly refusals: Counter<'type' | 'code'>;
  private readonly ack: Histogram<'outcome'>;
  private readonly append: Histogram;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'queue_' });
    this.commands = new Counter({
      name: 'queue_commands_total',
      help: 'Commands acknowledged (stored), by command type.',
      labelNames: ['type'],
      registers,
    });
    this.refusals = new Counter({
      name: 'queue_command_refusals_total',
      help: 'Commands refused, by command type and error code (engine rules, access, storage).',
      labelNames: ['type', 'code'],
      registers,
    });
    this.ack = new Histogram({
      name: 'queue_command_ack_seconds',
      help: 'From a command received to its answer (parse, authorise, decide, append and fsync).',
      labelNames: ['outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.append = new Histogram({
      name: 'queue_storage_append_seconds',
      help: 'Appending a command’s events to the log: the write and its fsync.',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    new Gauge({
      name: 'queue_clients_connected',
      help: 'Sockets connected now, by role (a member of staff counts once for each role they hold).',
      labelNames: ['role'],
      registers,
      async collect() {
        this.reset();
        for (const principal of await sources.clients()) {
          const roles = principal.kind === 'device' ? [principal.role] : principal.roles;
          for (const role of roles) this.inc({ role });
        }
      },
    });
    new Gauge({
      name: 'queue_waiting',
      help: 'Visitors waiting now, by topic group.',
      labelNames: ['group'],
      registers,
      collect() {
        this.reset();
        const state = sources.state();
        const groupOf = new Map(state.config.services.map((s) => [s.id, s.groupId]));
        for (const group of state.config.groups) this.set({ group: group.id }, 0);
        for (const ticket of Object.values(state.tickets)) {
          if (ticket.state !== 'waiting' && ticket.state !== 'postponed') continue;
          const group = groupOf.get(ticket.serviceIds[ticket.serviceIndex] ?? '') ?? 'unknown';
          this.inc({ group });
        }
      },
    });
    new Gauge({
      name: 'queue_alarms_open',
      help: 'Alarms open now on the administrator’s board, by kind.',
      labelNames: ['kind'],
      registers,
      collect() {
        this.reset();
        for (const alarm of Object.values(sources.state().alarms)) this.inc({ kind: alarm.kind });
      },
    });
    new Gauge({
      name: 'queue_day_open',
      help: '1 while an office day is open (the log takes its events), 0 before the first day.',
      registers,
      collect() {
        this.set(sources.state().day === null ? 0 : 1);
      },
    });
    new Gauge({
      name: 'queue_event_seq',
      help: 'The sequence number of the last stored event.',
      registers,
      collect() {
        this.set(sources.state().seq);
      },
    });
    new Gauge({
      name: 'queue_storage_failing_files',
      help: 'Files the office cannot write now (0 when storage is healthy); commands are refused meanwhile.',
      registers,
      collect() {
        this.set(sources.storage().failing.length);
      },
    });
    if (sources.replicating)
      new Gauge({
        name: 'queue_replication_backlog_events',
        help: 'Events stored here and not yet at the head office (-1 until the head office has answered).',
        registers,
        collect() {
          this.set(sources.replicationBacklog() ?? -1);
        },
      });
  }

  /** One command answered: `code` null when it was stored. */
  commandDone(type: string, code: string | null, seconds: number): void {
    if (code === null) this.commands.inc({ type });
    else this.refusals.inc({ type, code });
    this.ack.observe({ outcome: code === null ? 'stored' : 'refused' }, seconds);
  }

  appended(seconds: number): void {
    this.append.observe(seconds);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
