/**
 * Benchmark of the reports (issue: «a month of a busy office — 22 working days, 600 visits a day —
 * reports in under 2 seconds on this machine»). Not a test: it prints numbers that docs/BENCHMARKS.md
 * records with the machine they ran on.
 *
 *   npx tsx scripts/bench-reports.ts [--days 22] [--visits 600] [--keep]
 *
 * 1. Generates the month with the real engine (`execute`, the same calls the server makes, one minute
 *    of the injected clock at a time, clock ticks included, so alarms and overload episodes are in the
 *    log as on a real day) and writes each day's events to a temporary DATA_DIR archive exactly as the
 *    server stores them (one JSON line per event).
 * 2. Times the report of the whole month: in process (read the log, collect the facts, build the report
 *    and its tables), cold and then warm, and over HTTP against a real office server on that DATA_DIR
 *    (JSON, and the XLSX of every table).
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { login } from '@queue/client';
import {
  type Actor,
  type Command,
  type OfficeConfig,
  type OfficeEvent,
  type OfficeState,
  WEEKDAY_HOURS,
  addDays,
  demoOffice,
  execute,
  initialState,
  isRefusal,
  zonedTimeToEpoch,
} from '@queue/engine';
import { buildReport, collectFacts, reportTables } from '@queue/reports-engine';
import { seedOffice, startServer } from '@queue/server';
import { ReportEventSource } from '../apps/server/src/reports/report-event-source.js';
import { FileOfficeStore } from '../apps/server/src/storage/office-store.js';

const { values: args } = parseArgs({
  options: {
    days: { type: 'string', default: '22' },
    visits: { type: 'string', default: '600' },
    first: { type: 'string', default: '2026-11-02' },
    keep: { type: 'boolean', default: false },
  },
});
const DAYS = Number(args.days);
const VISITS_PER_DAY = Number(args.visits);
const MIN = 60_000;

/** A seeded generator (mulberry32): the same month on every run. */
const random = (() => {
  let seed = 20261102;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();
/** Draws an item with probability proportional to its weight. */
const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
};

const operatorOf = (windowId: string) => `bench-${windowId}`;

/** A busy office: the demo office with ten windows (eight specialists, two cashiers), 08:00–20:00. */
const busyOffice = (): OfficeConfig => {
  const config = demoOffice({ hours: WEEKDAY_HOURS });
  const individuals = config.windows.find((w) => w.id === 'w1')!.services;
  for (let n = 4; n <= 8; n++) {
    config.windows.push({
      id: `w${n}`,
      label: `Окно ${n}`,
      kind: 'window',
      services: individuals,
      ledAddress: n + 1,
    });
  }
  config.windows.push({
    ...config.windows.find((w) => w.id === 'k1')!,
    id: 'k2',
    label: 'Касса 2',
    ledAddress: 20,
  });
  for (const w of config.windows) {
    config.staff.push({
      id: operatorOf(w.id),
      fullName: `Сотрудник (${w.label})`,
      position: w.kind === 'cashier' ? 'Кассир' : 'Специалист',
      login: operatorOf(w.id),
      roles: ['operator'],
      windowId: w.id,
    });
  }
  return config;
};

/** Arrivals over the day, heavier before lunch and after work, as offices see them. */
const ARRIVAL_WEIGHT = [0, 0, 0, 0, 0, 0, 0, 0, 6, 9, 11, 11, 9, 7, 8, 9, 9, 10, 8, 3, 0, 0, 0, 0];
const TOPICS = [
  ['payment', 22],
  ['readings', 18],
  ['charges', 14],
  ['consult', 12],
  ['documents', 9],
  ['contract', 6],
  ['meter', 5],
  ['account', 4],
  ['complaint', 4],
  ['instalment', 2],
  ['supply', 2],
  ['extra', 2],
] as const;
const topic = () => weighted(TOPICS);
const HOURS = ARRIVAL_WEIGHT.map((w, hour) => [hour, w] as const);

interface WindowPlan {
  id: string;
  staffId: string;
  busyUntil: number | null;
  calledAt: number | null;
  lunchAt: number;
}

class DayGenerator {
  state: OfficeState;
  events: OfficeEvent[] = [];
  commands = 0;

  constructor(config: OfficeConfig) {
    this.state = initialState(config);
  }

  run(command: Command, actor: Actor, now: number): OfficeEvent[] | null {
    this.commands++;
    const result = execute(this.state, command, { now, actor, nonce: String(this.commands) });
    if (isRefusal(result)) return null;
    this.state = result.state;
    this.events.push(...result.events);
    return result.events;
  }

  /** One working day: open, serve everyone who came, close. Returns the day's events. */
  day(date: string): OfficeEvent[] {
    this.events = [];
    const tz = this.state.config.timeZone;
    const open = zonedTimeToEpoch(date, '08:00', tz);
    const close = zonedTimeToEpoch(date, '20:00', tz);
    const arrivals: number[] = [];
    for (let i = 0; i < VISITS_PER_DAY; i++) {
      const hour = weighted(HOURS);
      arrivals.push(
        zonedTimeToEpoch(date, `${String(hour).padStart(2, '0')}:00`, tz) + Math.floor(random() * 60) * MIN,
      );
    }
    arrivals.sort((a, b) => a - b);
    const plans: WindowPlan[] = this.state.config.windows.map((w, i) => ({
      id: w.id,
      staffId: operatorOf(w.id),
      busyUntil: null,
      calledAt: null,
      lunchAt: zonedTimeToEpoch(date, `${12 + (i % 3)}:00`, tz),
    }));
    const actor = (p: WindowPlan): Actor => ({ kind: 'staff', staffId: p.staffId, roles: ['operator'] });
    const kiosk: Actor = { kind: 'device', deviceId: 'kiosk-1', role: 'kiosk' };
    const admin: Actor = { kind: 'staff', staffId: 'admin', roles: ['administrator'] };
    for (const p of plans) this.run({ type: 'window.open', windowId: p.id }, actor(p), open);
    let next = 0;
    for (let now = open; now <= close + 90 * MIN; now += MIN) {
      while (next < arrivals.length && arrivals[next]! <= now && now < close) {
        this.run(
          {
            type: 'ticket.issue',
            serviceIds: [topic()],
            clientType: 'individual',
            priority: random() < 0.02 ? 'disability' : null,
            source: 'kiosk',
          },
          kiosk,
          now,
        );
        next++;
      }
      for (const p of plans) {
        const live = this.state.windows[p.id]!;
        if (live.status === 'paused') {
          if (now >= p.lunchAt + 30 * MIN) this.run({ type: 'window.resume', windowId: p.id }, actor(p), now);
          continue;
        }
        if (p.busyUntil !== null && now >= p.busyUntil) {
          const r = random();
          const command: Command =
            r < 0.03
              ? {
                  type: 'ticket.transfer',
                  windowId: p.id,
                  toServiceId: 'payment',
                  toWindowId: null,
                  reason: 'оплата',
                }
              : r < 0.04
                ? { type: 'ticket.postpone', windowId: p.id, minutes: 10 }
                : { type: 'ticket.finish', windowId: p.id, result: 'resolved' };
          this.run(command, actor(p), now);
          p.busyUntil = null;
        }
        if (p.calledAt !== null && now >= p.calledAt + MIN) {
          // 3 % do not come to the window when called.
          if (random() < 0.03) this.run({ type: 'ticket.noShow', windowId: p.id }, actor(p), now);
          else {
            this.run({ type: 'ticket.start', windowId: p.id }, actor(p), now);
            p.busyUntil = now + (3 + Math.floor(random() * 10)) * MIN;
          }
          p.calledAt = null;
        }
        if (p.busyUntil === null && p.calledAt === null && live.ticketId === null) {
          if (now >= p.lunchAt && now < p.lunchAt + MIN) {
            this.run({ type: 'window.pause', windowId: p.id, reason: 'обед' }, actor(p), now);
            continue;
          }
          if (this.run({ type: 'ticket.callNext', windowId: p.id }, actor(p), now)) p.calledAt = now;
        }
      }
      // A visitor who waited two hours and left is cancelled by the administrator (1 in 100 or so).
      if (random() < 0.06) {
        const waiting = Object.values(this.state.tickets).find((t) => t.state === 'waiting');
        if (waiting) this.run({ type: 'ticket.cancel', ticketId: waiting.id, reason: 'ушёл' }, admin, now);
      }
      this.run({ type: 'clock.tick' }, { kind: 'system' }, now);
    }
    for (const p of plans) this.run({ type: 'window.close', windowId: p.id }, actor(p), close + 91 * MIN);
    return this.events;
  }
}

const weekdays = (first: string, count: number): string[] => {
  const days: string[] = [];
  for (let d = first; days.length < count; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(d);
  }
  return days;
};

const ms = (t0: number) => Math.round(performance.now() - t0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const main = async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-reports-'));
  const archive = join(dataDir, 'events', 'archive');
  mkdirSync(archive, { recursive: true });
  const config = busyOffice();
  const days = weekdays(args.first!, DAYS);
  console.log(
    `Generating ${DAYS} working days × ${VISITS_PER_DAY} visits with the real engine (${config.windows.length} windows)…`,
  );
  const g0 = performance.now();
  const generator = new DayGenerator(config);
  let events = 0;
  let bytes = 0;
  let issued = 0;
  for (const day of days) {
    const dayEvents = generator.day(day);
    const text = dayEvents.map((e) => `${JSON.stringify(e)}\n`).join('');
    writeFileSync(join(archive, `${day}.jsonl`), text);
    events += dayEvents.length;
    bytes += Buffer.byteLength(text);
    issued += dayEvents.filter((e) => e.type === 'ticket.issued').length;
  }
  console.log(
    `  ${issued} visits, ${events} events, ${(bytes / 1e6).toFixed(1)} MB of log, ${generator.commands} commands in ${(ms(g0) / 1000).toFixed(1)} s`,
  );

  const query = { from: days[0]!, to: days.at(-1)!, groupBy: 'topic' as const };
  const source = new ReportEventSource(dataDir);
  const once = () => {
    const t0 = performance.now();
    const read = source.read(query.from, query.to, null, config);
    const t1 = performance.now();
    const facts = collectFacts(read.events, read.initialConfig);
    const t2 = performance.now();
    const report = buildReport(facts, query);
    reportTables(report);
    const t3 = performance.now();
    return {
      read: t1 - t0,
      facts: t2 - t1,
      build: t3 - t2,
      total: t3 - t0,
      report,
      parsed: read.events.length,
    };
  };
  const cold = once();
  const warm = Array.from({ length: 5 }, once);
  const round = (x: number) => Math.round(x);
  console.log(`Report of ${query.from} … ${query.to} in process (read + parse, facts, figures and tables):`);
  console.log(
    `  cold: ${round(cold.total)} ms (read ${round(cold.read)}, facts ${round(cold.facts)}, build ${round(cold.build)}); ${cold.parsed} of ${events} events parsed`,
  );
  console.log(
    `  warm (closed days already parsed), median of 5: ${round(median(warm.map((w) => w.total)))} ms (read ${round(median(warm.map((w) => w.read)))}, facts ${round(median(warm.map((w) => w.facts)))}, build ${round(median(warm.map((w) => w.build)))})`,
  );
  const total = cold.report.summary.total;
  console.log(
    `  figures: ${total.visitors} visitors, mean wait ${((total.wait.avgMs ?? 0) / MIN).toFixed(1)} min, p90 ${((total.wait.p90Ms ?? 0) / MIN).toFixed(1)} min, ${cold.report.episodes.total.count} overload episodes`,
  );

  // The office file a server would have after these days: its snapshot is the state after the last one.
  FileOfficeStore.open(dataDir, () => ({ ...seedOffice(config), snapshot: generator.state })).close();
  const server = await startServer({ dataDir, config, port: 0, tickMs: 3_600_000 });
  try {
    const { token } = await login(server.url, 'manager', '2222');
    const headers = { authorization: `Bearer ${token}` };
    const timeGet = async (path: string) => {
      const t0 = performance.now();
      const response = await fetch(`${server.url}${path}`, { headers });
      const body = await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return { ms: ms(t0), bytes: body.byteLength };
    };
    const qs = `from=${query.from}&to=${query.to}&groupBy=topic`;
    const json = [
      await timeGet(`/api/reports?${qs}`),
      await timeGet(`/api/reports?${qs}`),
      await timeGet(`/api/reports?${qs}`),
    ];
    const xlsx = await timeGet(`/api/reports/export.xlsx?${qs}`);
    const byHour = await timeGet(`/api/reports?from=${query.from}&to=${query.to}&groupBy=hour`);
    console.log('Over HTTP against a real office server on that DATA_DIR:');
    console.log(
      `  GET /api/reports (month, by topic): first ${json[0]!.ms} ms, then ${json[1]!.ms} and ${json[2]!.ms} ms (${Math.round(json[0]!.bytes / 1000)} kB)`,
    );
    console.log(`  GET /api/reports (month, by hour): ${byHour.ms} ms`);
    console.log(
      `  GET /api/reports/export.xlsx (month, all tables): ${xlsx.ms} ms (${Math.round(xlsx.bytes / 1000)} kB)`,
    );
  } finally {
    await server.close();
  }
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
  );
  if (args.keep)
    console.log(`Data kept in ${dataDir} (${(statSync(archive).size / 1e3).toFixed(0)} kB directory)`);
  else rmSync(dataDir, { recursive: true, force: true });
};

await main();
