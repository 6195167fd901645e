/**
 * `npm run bench`: the office server under load (issue 7). The real server runs as its own process on
 * loopback; real Socket.IO clients (operators at every window, hall boards, kiosks) replay a busy day's
 * commands, first at a steady 20 per second, then as fast as the server answers. Prints Markdown for
 * docs/BENCHMARKS.md (progress goes to stderr). A benchmark prints numbers; it is not a timed test.
 *
 *   npm run bench                 all scenarios, about five minutes; the first run also generates a
 *                                 month of office history with the real engine (kept in the temp folder)
 *   npm run bench -- --quick      short phases and 3 archived days: a smoke run
 *   npm run bench -- --cpu-prof   also write the server's CPU profiles to bench/profiles/
 *   npm run bench -- --only full-day
 *   npm run bench -- --only central   the head office alone (scripts/bench-central.ts, about ten minutes)
 *   npm run bench -- --server-from /path/to/other/checkout   the same load on another version's server
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LatencySummary } from '../bench/latency-summary.js';
import { type ScenarioResult, type ScenarioSpec, runScenario } from '../bench/load-scenario.js';
import { type HistorySpec, clockStart, officeHistory } from '../bench/office-history.js';
import { fsyncFloor, roundTripFloor } from '../bench/floors.js';
import { type ServerBuild, bundleServer, freePort, startServerProcess } from '../bench/server-process.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    only: { type: 'string' },
    'server-from': { type: 'string' },
  },
});

const quick = values.quick;
const log = (line: string) => process.stderr.write(`${line}\n`);
const nodeArgs = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${join('bench', 'profiles')}`] : [];
const TSX: ServerBuild = { kind: 'tsx' };

const office = (over: Partial<HistorySpec>): HistorySpec => ({
  windows: 20,
  archivedDays: 0,
  liveDay: false,
  visitorsScale: 9,
  archivedScale: 5,
  kiosks: 3,
  boards: 5,
  ...over,
});

const phases = {
  steady: { commands: quick ? 200 : 900, perSecond: 20 },
  burst: { commands: quick ? 500 : 3000, inFlight: 32 },
};

const TARGETS = {
  ackP99: 3,
  boardP99: 5,
  fullDayRatio: 1.2,
  wideRatio: 1.5,
  coldStartMs: 1000,
  recoveryMs: 1000,
  memoryMb: 150,
};

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 0);
const lat = (s: LatencySummary) => `${ms(s.p50)} / ${ms(s.p99)} / ${ms(s.max)}`;
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)] ?? 0;

const machine = () => {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? cpus()[0]?.model;
  return [
    `- CPU: ${cpu}, ${execSync('nproc').toString().trim()} cores (nproc)`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the start)`,
    `- Node ${process.version}, ${process.platform} ${process.arch}`,
    `- Load average at the start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} (other work on the machine shares its two cores)`,
  ];
};

/** Cold starts of the empty office, three per build: the spawn to the first /health 200. */
const coldStarts = async (builds: ServerBuild[]) => {
  const dir = mkdtempSync(join(tmpdir(), 'queue-bench-cold-'));
  try {
    const history = officeHistory(office({}), dir);
    const results: { build: ServerBuild['kind']; ms: number[]; idleRssMb: number }[] = [];
    for (const build of builds) {
      const times: number[] = [];
      let idleRssMb = 0;
      for (let i = 0; i < 3; i++) {
        const server = await startServerProcess({
          dataDir: dir,
          port: await freePort(),
          clockStart: clockStart(history.config),
          build,
        });
        times.push(server.readyMs);
        idleRssMb = Math.max(idleRssMb, server.peakRssMb());
        await server.kill('SIGTERM');
      }
      results.push({ build: build.kind, ms: times, idleRssMb });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const main = async () => {
  const header = machine();
  const started = new Date();
  const bundle = await bundleServer(values['server-from']);
  const SCENARIOS: (ScenarioSpec & { id: string })[] = [
    { id: 'empty', name: 'Empty office, 20 windows', history: office({}), ...phases, recovery: [] },
    {
      id: 'full-day',
      name: 'Full live day + 30 archived days, 20 windows',
      history: office({ archivedDays: quick ? 3 : 30, liveDay: true }),
      ...phases,
      recovery: [
        { build: bundle, fromLogAlone: false },
        { build: TSX, fromLogAlone: false },
        { build: bundle, fromLogAlone: true },
      ],
    },
    {
      id: 'wide',
      name: 'Empty office, 50 windows, 20 boards',
      history: office({ windows: 50, visitorsScale: 20, boards: 20 }),
      ...phases,
      recovery: [],
    },
  ];
  log('floors: fsync, Socket.IO echo, echo with fsync…');
  const floors = {
    fsyncWarm: await fsyncFloor(0),
    fsyncAtRate: await fsyncFloor(1000 / phases.steady.perSecond),
    echo: await roundTripFloor({ store: false }, phases.steady.perSecond),
    storedEcho: await roundTripFloor({ store: true }, phases.steady.perSecond),
  };
  log('preparing office folders (generated once with the real engine, then cached)…');
  for (const scenario of SCENARIOS) {
    if (values.only && values.only !== scenario.id) continue;
    const dir = mkdtempSync(join(tmpdir(), 'queue-bench-prepare-'));
    officeHistory(scenario.history, dir);
    rmSync(dir, { recursive: true, force: true });
  }
  log('cold starts…');
  const cold = await coldStarts([bundle, TSX]);
  const results: ScenarioResult[] = [];
  for (const scenario of SCENARIOS) {
    if (values.only && values.only !== scenario.id) continue;
    log(`${scenario.name}…`);
    results.push(await runScenario({ ...scenario, nodeArgs }, bundle, log));
  }

  const out: string[] = [];
  out.push(`### Server benchmark, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`, '');
  out.push(
    ...header,
    `- Load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  out.push(
    '- The floors under every acknowledgement (p50 / p99 / max, ms), at the steady rate unless said:',
    `  - one event-line append with fsync in the temp folder, back to back: ${lat(floors.fsyncWarm)}`,
    `  - the same, one every ${1000 / phases.steady.perSecond} ms: ${lat(floors.fsyncAtRate)}`,
    `  - a bare Socket.IO echo between two processes on loopback: ${lat(floors.echo)}`,
    `  - the same echo appending and fsyncing a line before it answers (any server that acknowledges only what it stored): ${lat(floors.storedEcho)}`,
    '',
  );
  out.push(
    'The server runs as its own process on 127.0.0.1 from the same sources two ways: **bundle** (esbuild, one ' +
      'JavaScript file, as `npm start` runs it, with the same Node flags) and **tsx** (compiled while loading, as ' +
      'the tests and development run it). The load scenarios use the bundle.',
    '',
  );
  out.push(row(['Build', 'Cold start of the empty office, 3 runs, ms', 'Memory after start (VmHWM), MB']));
  out.push(row(['---', '---', '---']));
  for (const c of cold) out.push(row([c.build, c.ms.map(ms).join(', '), c.idleRssMb.toFixed(0)]));
  out.push('');
  out.push(
    row([
      'Scenario',
      'Clients',
      'History on disk',
      'Phase',
      'Commands',
      'Commands/s',
      'Ack p50 / p99 / max, ms',
      'Call → board p50 / p99 / max, ms',
      'Refused (code ×n)',
    ]),
    row(Array(9).fill('---')),
  );
  const phasesOf = (r: ScenarioResult) =>
    [
      ['steady 20/s', r.steady],
      ['as fast as it answers', r.burst],
    ] as const;
  for (const r of results) {
    for (const [phaseName, p] of phasesOf(r)) {
      out.push(
        row([
          r.name,
          `${r.windows} operators, ${r.boards} boards, ${r.kiosks} kiosks`,
          r.liveTickets > 0
            ? `${r.liveTickets} tickets today, ${r.archivedTickets} in 30 archived days`
            : 'none',
          phaseName,
          p.commands,
          p.perSecond.toFixed(0),
          lat(p.ack),
          `${lat(p.callToBoard)}${p.missedOnBoards ? ` (${p.missedOnBoards} not shown)` : ''}`,
          Object.entries(p.refused)
            .map(([code, n]) => `${code} ×${n}`)
            .join(', ') || '—',
        ]),
      );
    }
  }
  out.push(
    '',
    "Inside the server (timed by the benchmark entry around `runtime.run` and the store's append) and CPU:",
    '',
  );
  out.push(
    row([
      'Scenario',
      'Phase',
      'runtime.run p50 / p99 / max, ms',
      'fsynced append p50 / p99 / max, ms',
      'Server CPU per command, ms (of it kernel)',
      'Benchmark clients CPU per command, ms',
    ]),
    row(Array(6).fill('---')),
  );
  for (const r of results) {
    for (const [phaseName, p] of phasesOf(r)) {
      out.push(
        row([
          r.name,
          phaseName,
          lat(p.serverRun),
          lat(p.serverAppend),
          `${p.serverCpuMsPerCommand.toFixed(2)} (${p.serverSystemMsPerCommand.toFixed(2)})`,
          p.benchCpuMsPerCommand.toFixed(2),
        ]),
      );
    }
  }
  out.push('');
  out.push(
    row([
      'Scenario',
      'Cold start, ms',
      'Peak memory after the steady phase / after the burst (VmHWM), MB',
      'V8 heap used / buffers after the burst, MB',
      'Recovery after SIGKILL (build: total = program load + startServer, ms; seq before → after)',
    ]),
  );
  out.push(row(Array(5).fill('---')));
  for (const r of results) {
    out.push(
      row([
        r.name,
        ms(r.coldStartMs),
        `${r.peakRssAfterSteadyMb.toFixed(0)} / ${r.peakRssMb.toFixed(0)}`,
        `${r.heapUsedMb.toFixed(0)} / ${r.externalMb.toFixed(0)}`,
        r.recovery
          .map(
            (x) =>
              `${x.build}${x.fromLogAlone ? ' from the log alone' : ''}: ${ms(x.ms)} = ${ms(x.loadMs)} + ${ms(x.startServerMs)} (${x.seqBefore} → ${x.seqAfter})`,
          )
          .join('; ') || '—',
      ]),
    );
  }

  const empty = results.find((r) => r.name.startsWith('Empty office, 20'));
  const full = results.find((r) => r.name.startsWith('Full'));
  const wide = results.find((r) => r.name.includes('50 windows'));
  out.push('', '#### Targets', '');
  out.push(row(['Target', 'Measured', 'Verdict']), row(['---', '---', '---']));
  if (empty) {
    out.push(
      row([
        `ack p99 ≤ ${TARGETS.ackP99} ms at 20/s`,
        `${ms(empty.steady.ack.p99)} ms`,
        mark(empty.steady.ack.p99 <= TARGETS.ackP99),
      ]),
    );
    out.push(
      row([
        `call → board p99 ≤ ${TARGETS.boardP99} ms at 20/s`,
        `${ms(empty.steady.callToBoard.p99)} ms`,
        mark(empty.steady.callToBoard.p99 <= TARGETS.boardP99),
      ]),
    );
  }
  const ratio = (a: ScenarioResult, b: ScenarioResult, limit: number, label: string) => {
    const ack = a.steady.ack.p99 / b.steady.ack.p99;
    const board = a.steady.callToBoard.p99 / b.steady.callToBoard.p99;
    const cpu = a.steady.serverCpuMsPerCommand / b.steady.serverCpuMsPerCommand;
    out.push(
      row([
        `${label} ≤ ${limit}× the empty office (at 20/s)`,
        `ack p99 ${ack.toFixed(2)}×, board p99 ${board.toFixed(2)}×, server CPU ${cpu.toFixed(2)}×`,
        mark(ack <= limit && board <= limit),
      ]),
    );
  };
  if (empty && full) ratio(full, empty, TARGETS.fullDayRatio, 'full-day office');
  if (empty && wide) ratio(wide, empty, TARGETS.wideRatio, '50 windows and 20 boards');
  for (const c of cold) {
    out.push(
      row([
        `cold start ≤ ${TARGETS.coldStartMs} ms (${c.build})`,
        `${ms(median(c.ms))} ms (median of 3)`,
        mark(median(c.ms) <= TARGETS.coldStartMs),
      ]),
    );
  }
  for (const x of full?.recovery ?? []) {
    out.push(
      row([
        `recovery of a full day ≤ ${TARGETS.recoveryMs} ms (${x.build}${x.fromLogAlone ? ', from the log alone, no checkpoint' : ', with the live checkpoint'})`,
        `${ms(x.ms)} ms, nothing lost: seq ${x.seqBefore} → ${x.seqAfter}`,
        mark(x.ms <= TARGETS.recoveryMs && x.seqBefore === x.seqAfter),
      ]),
    );
  }
  const steadyPeak = Math.max(...results.map((r) => r.peakRssAfterSteadyMb));
  const peak = Math.max(...results.map((r) => r.peakRssMb));
  out.push(
    row([
      `server memory ≤ ${TARGETS.memoryMb} MB (bundle)`,
      `${steadyPeak.toFixed(0)} MB at 20/s, ${peak.toFixed(0)} MB after the burst (largest scenario)`,
      mark(peak <= TARGETS.memoryMb),
    ]),
  );
  // The head office (issue 16): replication, the live overview, company reports, on a real PostgreSQL.
  if (!values.only || values.only === 'central') {
    const { centralBench } = await import('./bench-central.js');
    out.push('', '## The head office (`scripts/bench-central.ts`)', '', ...(await centralBench({ quick })));
  }
  console.log(out.join('\n'));
};

await main();
