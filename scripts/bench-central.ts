/**
 * Benchmark of the head office (issue 16), part of `npm run bench` (or alone: `npx tsx
 * scripts/bench-central.ts [--quick]`). Not a test: it prints Markdown for docs/BENCHMARKS.md.
 *
 * A real PostgreSQL 15 (test/support/postgres.ts) and the real office server and head-office service:
 * 1. Replication at a busy office's pace: an office serving visitors at 20 commands a second (the server
 *    benchmark's steady rate, far above a real office's peak), the lag from a command's acknowledgement
 *    to its commit at the centre, and the office's own `runtime.run` with replication off and on.
 * 2. After an outage: an office starts with days of log the centre does not hold, catches up while it
 *    serves at the same pace; throughput and the office's `runtime.run` meanwhile.
 * 3. The overview's delay: from a call in an office to the head office's live stream carrying it.
 * 4. A company report over 50 offices × 30 days: days simulated by the real engine (packages/simulator)
 *    under five presets, their facts made by packages/reports as the centre makes them; the report over
 *    HTTP from the head-office service, cold (facts read from PostgreSQL) and warm.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startCentral } from '@queue/central';
import { migrate } from '@queue/central-db';
import {
  type Actor,
  type Command,
  type OfficeConfig,
  type PresetId,
  ALWAYS_OPEN,
  addDays,
  demoOffice,
  isRefusal,
} from '@queue/engine';
import { collectFacts, presetOf } from '@queue/reports-engine';
import { type RunningServer, startServer } from '@queue/server';
import { loadDayProfile, simulateDay } from '@queue/simulator';
import pg from 'pg';
import { packDayFacts } from '../apps/central/src/server/reports/day-facts-codec.js';
import { clockStart, officeHistory } from '../bench/office-history.js';
import { startPostgres } from '../test/support/postgres.js';
import { startTcpProxy } from '../test/support/tcp-proxy.js';

const MIN = 60_000;
const kiosk: Actor = { kind: 'device', deviceId: 'kiosk-1', role: 'kiosk' };
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
};
const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));
const spread = (values: number[]) =>
  `${ms(quantile(values, 0.5))} / ${ms(quantile(values, 0.99))} / ${ms(Math.max(...values))}`;
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));
const benchStart = performance.now();
const log = (line: string) =>
  process.stderr.write(`${((performance.now() - benchStart) / 1000).toFixed(0)} s ${line}\n`);

/** The member of staff working at a window (the office's own), as the actor of its commands. */
const operatorOf =
  (config: OfficeConfig) =>
  (windowId: string): Actor => {
    const member =
      config.staff.find((s) => s.windowId === windowId) ??
      config.staff.find((s) => s.roles.includes('administrator'))!;
    return { kind: 'staff', staffId: member.id, roles: member.roles };
  };

/** The demo office (four windows, each with its own member of staff), open round the clock. */
const busyOffice = (): OfficeConfig => demoOffice({ hours: ALWAYS_OPEN, name: 'ЦОК «Нагрузочный»' });

/**
 * Visitors served at `perSecond` commands a second for `seconds`: issue, call, start, finish, round the
 * windows. Returns each command's `runtime.run` time and, per seq it produced, when it was acknowledged.
 */
const paced = async (server: RunningServer, perSecond: number, seconds: number) => {
  const { runtime } = server;
  const windows = runtime.state.config.windows;
  const operator = operatorOf(runtime.state.config);
  for (const w of windows) {
    if (runtime.state.windows[w.id]?.status !== 'open')
      runtime.run({ type: 'window.open', windowId: w.id }, operator(w.id));
  }
  const runs: number[] = [];
  const acked: { seq: number; at: number }[] = [];
  const total = Math.round(perSecond * seconds);
  const started = performance.now();
  let step = 0;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const w = windows[Math.floor(step / 4) % windows.length]!;
    const serviceId = w.services[0]!.serviceId;
    const phase = step % 4;
    const command: Command =
      phase === 0
        ? {
            type: 'ticket.issue',
            serviceIds: [serviceId],
            clientType: 'individual',
            priority: null,
            source: 'kiosk',
          }
        : phase === 1
          ? { type: 'ticket.callNext', windowId: w.id }
          : phase === 2
            ? { type: 'ticket.start', windowId: w.id }
            : { type: 'ticket.finish', windowId: w.id, result: 'resolved' };
    step++;
    const t0 = performance.now();
    const result = runtime.run(command, phase === 0 ? kiosk : operator(w.id));
    const t1 = performance.now();
    runs.push(t1 - t0);
    if (!isRefusal(result)) acked.push({ seq: runtime.state.seq, at: t1 });
  }
  return { runs, acked, seconds: (performance.now() - started) / 1000 };
};

/** One visitor's ticket, so the office has something the centre holds before the link is cut. */
const takeOne = (server: RunningServer) => {
  const window = server.runtime.state.config.windows[0]!;
  server.runtime.run(
    {
      type: 'ticket.issue',
      serviceIds: [window.services[0]!.serviceId],
      clientType: 'individual',
      priority: null,
      source: 'kiosk',
    },
    kiosk,
  );
};

/** When each acknowledged seq was committed at the centre, heard through `LISTEN office_changed`. */
const watchCentre = async (url: string, officeId: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const commits: { seq: number; at: number }[] = [];
  let reading = Promise.resolve();
  let closed = false;
  client.on('notification', () => {
    if (closed) return;
    const heard = performance.now();
    reading = reading
      .then(async () => {
        if (closed) return;
        const { rows } = await client.query<{ replicated_seq: string }>(
          'SELECT replicated_seq FROM offices WHERE id = $1',
          [officeId],
        );
        commits.push({ seq: Number(rows[0]?.replicated_seq ?? 0), at: heard });
      })
      .catch(() => {});
  });
  await client.query('LISTEN office_changed');
  return {
    /** The lag of each acknowledged seq: from its acknowledgement to the first commit that held it. */
    lags(acked: { seq: number; at: number }[]) {
      return acked.flatMap(({ seq, at }) => {
        const commit = commits.find((c) => c.seq >= seq && c.at >= at);
        return commit ? [commit.at - at] : [];
      });
    },
    heldUpTo: () => commits.at(-1)?.seq ?? 0,
    close: async () => {
      closed = true;
      await reading;
      await client.end();
    },
  };
};

const freshDatabase = async (postgres: Awaited<ReturnType<typeof startPostgres>>, name: string) => {
  const url = await postgres.createDatabase(name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await migrate(client);
  await client.end();
  return url;
};

const PRESETS: PresetId[] = ['default', 'gazprom-bryansk', 'gazprom-tyumen', 'belgorod', 'vostok'];

export type CentralPart = 'live' | 'outage' | 'report';

export const centralBench = async ({
  quick,
  only,
}: {
  quick: boolean;
  only?: CentralPart;
}): Promise<string[]> => {
  const out: string[] = [];
  const runs = (part: CentralPart) => only === undefined || only === part;
  let offRuns: number[] = [];
  const postgres = await startPostgres();
  try {
    if (runs('live')) {
      // 1. Replication at pace, off then on.
      log('central: replication at 20 commands/s…');
      const seconds = quick ? 10 : 60;
      const liveUrl = await freshDatabase(postgres, 'bench_live');
      const plainDir = mkdtempSync(join(tmpdir(), 'bench-central-'));
      const plain = await startServer({ dataDir: plainDir, config: busyOffice(), tickMs: 1000 });
      const off = await paced(plain, 20, seconds);
      offRuns = off.runs;
      await plain.close();
      rmSync(plainDir, { recursive: true, force: true });

      const liveDir = mkdtempSync(join(tmpdir(), 'bench-central-'));
      const live = await startServer({
        dataDir: liveDir,
        config: busyOffice(),
        tickMs: 1000,
        replication: { url: liveUrl, officeId: 'live' },
      });
      const watcher = await watchCentre(liveUrl, 'live');
      const on = await paced(live, 20, seconds);
      const deadline = Date.now() + 30_000;
      while (watcher.heldUpTo() < live.runtime.state.seq && Date.now() < deadline) await sleep(20);
      const lags = watcher.lags(on.acked);
      await watcher.close();
      const events = live.runtime.state.seq;
      out.push(
        '### Replication at a busy pace',
        '',
        `An office serving visitors at 20 commands a second for ${seconds} s (issue, call, start, finish round its four windows; the server benchmark's steady rate, about 150 times a real busy office's average), replicating to PostgreSQL 15 on the same machine. Lag: from the command's acknowledgement to the commit at the centre that holds its events, heard through LISTEN.`,
        '',
        '| replication | commands | events | `runtime.run` p50 / p99 / max, ms | lag ack → centre p50 / p99 / max, ms |',
        '| --- | --- | --- | --- | --- |',
        `| off | ${off.runs.length} | — | ${spread(off.runs)} | — |`,
        `| on | ${on.runs.length} | ${events} (${(events / on.seconds).toFixed(0)}/s) | ${spread(on.runs)} | ${spread(lags)} (${lags.length} of ${on.acked.length} seen) |`,
        '',
      );

      // 3. The overview's delay, on the same office, with the head office's service listening.
      log('central: overview delay…');
      const central = await startCentral({ databaseUrl: liveUrl, demoUsers: true });
      const login = await fetch(`${central.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'analyst', password: 'analyst-demo' }),
      });
      const { token } = (await login.json()) as { token: string };
      const stop = new AbortController();
      const stream = await fetch(`${central.url}/api/overview/stream`, {
        headers: { authorization: `Bearer ${token}` },
        signal: stop.signal,
      });
      const seen: { seq: number; at: number }[] = [];
      const reading = (async () => {
        const reader = stream.body!.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            buffer += decoder.decode(value, { stream: true });
            let end = buffer.indexOf('\n\n');
            while (end !== -1) {
              const data = buffer
                .slice(0, end)
                .split('\n')
                .find((l) => l.startsWith('data: '));
              buffer = buffer.slice(end + 2);
              if (data) {
                const message = JSON.parse(data.slice(6)) as {
                  offices: { id: string; status: { seq: number } | null }[];
                };
                const office = message.offices.find((o) => o.id === 'live');
                if (office?.status) seen.push({ seq: office.status.seq, at: performance.now() });
              }
              end = buffer.indexOf('\n\n');
            }
          }
        } catch {
          // aborted
        }
      })();
      const calls = quick ? 40 : 300;
      const delays: number[] = [];
      const w = live.runtime.state.config.windows[0]!;
      const operator = operatorOf(live.runtime.state.config);
      for (let i = 0; i < calls; i++) {
        live.runtime.run(
          {
            type: 'ticket.issue',
            serviceIds: [w.services[0]!.serviceId],
            clientType: 'individual',
            priority: null,
            source: 'kiosk',
          },
          kiosk,
        );
        const t0 = performance.now();
        live.runtime.run({ type: 'ticket.callNext', windowId: w.id }, operator(w.id));
        const seq = live.runtime.state.seq;
        const until = Date.now() + 10_000;
        while (!seen.some((s) => s.seq >= seq && s.at >= t0) && Date.now() < until) await sleep(2);
        const hit = seen.find((s) => s.seq >= seq && s.at >= t0);
        if (hit) delays.push(hit.at - t0);
        live.runtime.run({ type: 'ticket.start', windowId: w.id }, operator(w.id));
        live.runtime.run({ type: 'ticket.finish', windowId: w.id, result: 'resolved' }, operator(w.id));
        await sleep(200);
      }
      stop.abort();
      await reading;
      await central.close();
      await live.close();
      rmSync(liveDir, { recursive: true, force: true });
      out.push(
        "### The overview's delay",
        '',
        `From a call in the office (\`ticket.callNext\` acknowledged) to the head office's live stream (\`GET /api/overview/stream\`) carrying the office's summary with that call: the replicator's batch, PostgreSQL's NOTIFY on commit, the service's read of the office's row, the Server-Sent Event. ${calls} calls, one every ~0.2 s.`,
        '',
        '| calls | seen | delay p50 / p99 / max, ms | target |',
        '| --- | --- | --- | --- |',
        `| ${calls} | ${delays.length} | ${spread(delays)} | p99 ≤ 2000 ms: ${quantile(delays, 0.99) <= 2000 && delays.length === calls ? 'met' : '**missed**'} |`,
        '',
      );
    }
    if (runs('outage')) {
      // 2. After an outage: days of log the centre does not hold.
      log('central: catching up after an outage…');
      const days = quick ? 1 : 3;
      const historyDir = mkdtempSync(join(tmpdir(), 'bench-central-history-'));
      const history = officeHistory(
        {
          windows: 10,
          archivedDays: days,
          liveDay: true,
          visitorsScale: 5,
          archivedScale: 5,
          kiosks: 1,
          boards: 1,
        },
        historyDir,
      );
      const outageUrl = await freshDatabase(postgres, 'bench_outage');
      const start = clockStart(history.config);
      const startedAt = Date.now();
      const behind = await startServer({
        dataDir: historyDir,
        config: history.config,
        tickMs: 1000,
        clock: () => start + (Date.now() - startedAt),
        replication: { url: outageUrl, officeId: 'behind' },
      });
      const backlog = behind.runtime.state.seq;
      const outageWatch = await watchCentre(outageUrl, 'behind');
      const t0 = performance.now();
      const during = paced(behind, 20, quick ? 5 : 20);
      let caughtUpMs = Number.NaN;
      while (performance.now() - t0 < 600_000) {
        if (outageWatch.heldUpTo() >= backlog) {
          caughtUpMs = performance.now() - t0;
          break;
        }
        await sleep(10);
      }
      const load = await during;
      await outageWatch.close();
      await behind.close();
      rmSync(historyDir, { recursive: true, force: true });
      // A busy office's busiest hour, from the generated days: their events over their 12 opening hours × 1.5.
      const busiestHour = Math.round(((backlog / (days + 1)) * 1.5) / 12);
      out.push(
        '### After an outage',
        '',
        `An office (ten windows, ${history.archivedTickets + history.liveTickets} visitors over ${days + 1} simulated busy days, the last one still open) starts with ${backlog} events the centre does not hold, and serves at 20 commands a second while it catches up (batches of 500 events, one transaction each).`,
        '',
        '| backlog, events | caught up in, s | throughput, events/s | `runtime.run` meanwhile p50 / p99 / max, ms (without replication above) |',
        '| --- | --- | --- | --- |',
        `| ${backlog} | ${(caughtUpMs / 1000).toFixed(1)} | ${(backlog / (caughtUpMs / 1000)).toFixed(0)} | ${spread(load.runs)} (${offRuns.length ? spread(offRuns) : 'not run'}) |`,
        '',
        `An hour's outage of such an office at its busiest is about ${busiestHour} events (its days' events over 12 opening hours, × 1.5 for the peak); measured on its own below.`,
        '',
      );

      // The hour itself: the link refused while the office serves until that many events wait.
      log("central: an hour's outage, link cut and restored…");
      const hourUrl = await freshDatabase(postgres, 'bench_hour');
      const proxy = await startTcpProxy(postgres.port);
      const hourDir = mkdtempSync(join(tmpdir(), 'bench-central-'));
      const cut = await startServer({
        dataDir: hourDir,
        config: busyOffice(),
        tickMs: 1000,
        replication: {
          url: hourUrl.replace(`:${postgres.port}/`, `:${proxy.port}/`),
          officeId: 'cut',
          retryMs: { first: 1_000, last: 1_000 },
        },
      });
      const hourWatch = await watchCentre(hourUrl, 'cut');
      while (hourWatch.heldUpTo() === 0) {
        takeOne(cut);
        await sleep(100);
      }
      proxy.set('refuse');
      const before = cut.runtime.state.seq;
      const outage = await paced(cut, 20, Math.max(5, Math.round(busiestHour / 20)));
      const waiting = cut.runtime.state.seq - before;
      const restored = performance.now();
      proxy.set('open');
      let hourCaughtUp = Number.NaN;
      while (performance.now() - restored < 120_000) {
        if (hourWatch.heldUpTo() >= cut.runtime.state.seq) {
          hourCaughtUp = performance.now() - restored;
          break;
        }
        await sleep(5);
      }
      await hourWatch.close();
      await cut.close();
      await proxy.close();
      rmSync(hourDir, { recursive: true, force: true });
      out.push(
        `The link refused (a TCP proxy between the office and PostgreSQL answering every attempt with a reset) while the office served ${outage.runs.length} commands, leaving **${waiting} events** waiting in its log, then restored: the centre held all of them **${(hourCaughtUp / 1000).toFixed(1)} s** after the link came back, of which up to 1 s is the replicator's wait before its next attempt (its retry interval, 1 s here as at the first retry in service).`,
        '',
      );
    }
    if (runs('report')) {
      // 4. The company report.
      log('central: 50 offices × 30 days…');
      const reportDays = quick ? 5 : 30;
      const offices = quick ? 10 : 50;
      const reportUrl = await freshDatabase(postgres, 'bench_report');
      const db = new pg.Pool({ connectionString: reportUrl, max: 2 });
      const first = '2026-10-01';
      const profile = loadDayProfile('normal');
      let visitors = 0;
      let factsMs = 0;
      let factsDays = 0;
      const madeByPreset = new Map<PresetId, { day: string; facts: string; visitors: number }[]>();
      for (const preset of PRESETS) {
        const list: { day: string; facts: string; visitors: number }[] = [];
        for (let d = 0; d < reportDays; d++) {
          const date = addDays(first, d);
          const outcome = simulateDay({
            preset,
            profile: { ...profile, id: `bench-${date}`, date },
            seed: 100 + d,
            policy: 'pipeline',
            staffing: 'product',
            recordEvents: true,
          });
          const config = outcome.finalState.config;
          const f0 = performance.now();
          const collected = collectFacts(outcome.eventLog, config);
          factsMs += performance.now() - f0;
          factsDays++;
          const { labels, config: finalConfig, ...facts } = collected;
          list.push({
            day: date,
            facts: JSON.stringify(
              packDayFacts({ facts: { ...facts, windowTime: [] }, labels, preset: presetOf(finalConfig) }),
            ),
            visitors: facts.visits.length,
          });
        }
        madeByPreset.set(preset, list);
      }
      for (let o = 0; o < offices; o++) {
        const preset = PRESETS[o % PRESETS.length]!;
        const id = `office-${String(o + 1).padStart(2, '0')}`;
        await db.query('INSERT INTO offices (id, name, preset_id, seen_at) VALUES ($1, $2, $3, now())', [
          id,
          `ЦОК №${o + 1}`,
          preset,
        ]);
        for (const day of madeByPreset.get(preset)!) {
          await db.query(
            'INSERT INTO office_day_facts (office_id, day, through_seq, facts) VALUES ($1, $2, 1, $3)',
            [id, day.day, day.facts],
          );
          visitors += day.visitors;
        }
      }
      await db.end();
      const company = await startCentral({ databaseUrl: reportUrl, demoUsers: true, warmUpDays: 0 });
      const signIn = await fetch(`${company.url}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'analyst', password: 'analyst-demo' }),
      });
      const analyst = ((await signIn.json()) as { token: string }).token;
      const last = addDays(first, reportDays - 1);
      const time = async (groupBy: string) => {
        const c0 = process.cpuUsage();
        const r0 = performance.now();
        const response = await fetch(
          `${company.url}/api/company-report?from=${first}&to=${last}&groupBy=${groupBy}`,
          {
            headers: { authorization: `Bearer ${analyst}` },
          },
        );
        const body = (await response.json()) as { computeMs: number };
        if (!response.ok) throw new Error(`report ${groupBy}: ${response.status}`);
        const cpu = process.cpuUsage(c0);
        return {
          total: performance.now() - r0,
          compute: body.computeMs,
          cpu: (cpu.user + cpu.system) / 1000,
        };
      };
      const cold = await time('office');
      const rows: string[] = [];
      for (const groupBy of ['office', 'preset', 'topic', 'day', 'hour']) {
        const runs: { total: number; cpu: number }[] = [];
        for (let i = 0; i < (quick ? 2 : 5); i++) runs.push(await time(groupBy));
        const walls = runs.map((r) => r.total);
        const cpus = runs.map((r) => r.cpu);
        rows.push(
          `| ${groupBy} | ${ms(quantile(walls, 0.5))} | ${ms(Math.min(...walls))}–${ms(Math.max(...walls))} | ${ms(quantile(cpus, 0.5))} |`,
        );
      }
      const x0 = performance.now();
      const xc = process.cpuUsage();
      await fetch(`${company.url}/api/company-report/export.xlsx?from=${first}&to=${last}&groupBy=office`, {
        headers: { authorization: `Bearer ${analyst}` },
      }).then((r) => r.arrayBuffer());
      const xlsxMs = performance.now() - x0;
      const xlsxCpu = process.cpuUsage(xc);
      await company.close();
      out.push(
        '### A company report over 50 offices × 30 days',
        '',
        `${offices} offices × ${reportDays} days = ${offices * reportDays} office days, ${visitors} visitors: days simulated by the real engine (the simulator's normal day, 225 visitors at the default norms, scaled per preset) under ${PRESETS.length} presets, one month per preset shared by the ${offices / PRESETS.length} offices of that preset; each day's facts made by \`collectFacts\` (${(factsMs / factsDays).toFixed(0)} ms an office day, as the centre makes them once per closed day) and stored in \`office_day_facts\`. Reports over HTTP from the head-office service (\`GET /api/company-report\`).`,
        '',
        `- cold, the first report after the service started without its warm-up (every office day's facts read from PostgreSQL and parsed): **${ms(cold.total)} ms** wall, ${ms(cold.cpu)} ms CPU (the service warms the last 31 days up in the background at start, so this is paid once, before anyone asks)`,
        `- the XLSX of the report by office: ${ms(xlsxMs)} ms wall, ${ms((xlsxCpu.user + xlsxCpu.system) / 1000)} ms CPU`,
        '',
        `Load average at this point: ${loadavg()
          .map((l) => l.toFixed(1))
          .join(
            ', ',
          )} (two cores; other sessions' tests share them, so wall times are pessimistic; CPU is this process's, the service and the benchmark's client together).`,
        '',
        '| grouping | warm, median wall, ms | range, ms | median CPU, ms |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
      );
    }
  } finally {
    await postgres.destroy();
  }
  return out;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } },
  });
  const only = values.only as CentralPart | undefined;
  console.log((await centralBench({ quick: values.quick ?? false, ...(only ? { only } : {}) })).join('\n'));
}
