import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from '@queue/engine';
import type { CommandInput, CommandResponse } from '@queue/protocol';
import type { CommandRecord } from '@queue/simulator';
import { ADMIN, BENCH_PIN, benchDevices } from './bench-office.js';
import { type LatencySummary, summarise } from './latency-summary.js';
import { ClientPool } from './client-pool.js';
import type { ClientSpec } from './client-worker.js';
import { type HistorySpec, clockStart, officeHistory } from './office-history.js';
import { type ServerBuild, freePort, startServerProcess } from './server-process.js';

/**
 * One benchmark scenario: an office folder (empty, or a full live day on 30 archived days), the real
 * server as its own process, operators at every window, boards and kiosks connected, then a busy day's
 * commands replayed — first at a steady 20 per second, then as fast as the server answers.
 */
export interface ScenarioSpec {
  name: string;
  history: HistorySpec;
  steady: { commands: number; perSecond: number };
  burst: { commands: number; inFlight: number };
  /**
   * Kill the server (SIGKILL) after the load and restart it with each of these in turn: a build, and
   * whether to remove the live day's checkpoint first (a restart from the log alone).
   */
  recovery: { build: ServerBuild; fromLogAlone: boolean }[];
  /** Extra node flags for the server (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
}

export interface ScenarioResult {
  name: string;
  windows: number;
  boards: number;
  kiosks: number;
  liveTickets: number;
  archivedTickets: number;
  coldStartMs: number;
  steady: PhaseResult;
  burst: PhaseResult;
  peakRssMb: number;
  /** Peak resident memory after the steady phase (before the burst), MB. */
  peakRssAfterSteadyMb: number;
  /** V8 heap in use and socket buffers (external) after the burst, MB. */
  heapUsedMb: number;
  externalMb: number;
  recovery: {
    build: ServerBuild['kind'];
    fromLogAlone: boolean;
    ms: number;
    /** Of which: loading the program, and `startServer` (reading the log, replaying it, listening). */
    loadMs: number;
    startServerMs: number;
    seqBefore: number;
    seqAfter: number;
  }[];
}

export interface PhaseResult {
  commands: number;
  perSecond: number;
  ack: LatencySummary;
  callToBoard: LatencySummary;
  /** Calls a board never showed within a second of the phase's end. */
  missedOnBoards: number;
  refused: Record<string, number>;
  /** CPU the server process used per command in this phase (user + system), ms. */
  serverCpuMsPerCommand: number;
  /** …of which in the kernel (fsync, socket writes), ms. */
  serverSystemMsPerCommand: number;
  /** Inside the server: `runtime.run` (decide, fsync, apply, views, sending) and its fsynced append. */
  serverRun: LatencySummary;
  serverAppend: LatencySummary;
  /** The bench process's own CPU per command (all clients), ms. */
  benchCpuMsPerCommand: number;
}

/** Only the window's own commands and tickets are replayed: they need no ids the server chose. */
const REPLAYED = new Set([
  'ticket.issue',
  'ticket.callNext',
  'ticket.start',
  'ticket.finish',
  'ticket.recall',
  'ticket.noShow',
  'ticket.transfer',
  'window.pause',
  'window.resume',
]);

interface Step {
  client: string;
  command: CommandInput;
}

/** 5 at once, then one every 6 s — the server's own kiosk rate limit (apps/server command gateway). */
class KioskBudget {
  private tokens = 5;
  private at = Date.now();
  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(5, this.tokens + (now - this.at) / 6000);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const runScenario = async (
  spec: ScenarioSpec,
  build: ServerBuild,
  log: (line: string) => void,
): Promise<ScenarioResult> => {
  const dir = mkdtempSync(join(tmpdir(), 'queue-bench-'));
  const history = officeHistory(spec.history, dir);
  const benchStart = Date.now();
  const serverClock = () => clockStart(history.config) + (Date.now() - benchStart);
  const port = await freePort();
  const server = await startServerProcess({
    dataDir: dir,
    port,
    clockStart: serverClock(),
    build,
    nodeArgs: spec.nodeArgs,
  });
  log(`  ${spec.name}: server up in ${server.readyMs.toFixed(0)} ms`);
  let pool: ClientPool | null = null;
  try {
    const devices = benchDevices(spec.history.kiosks, spec.history.boards);
    const windows = history.config.windows;
    const operators: ClientSpec[] = windows.map((_, i) => ({
      kind: 'staff',
      name: `op${i + 1}`,
      login: `op${i + 1}`,
      pin: BENCH_PIN,
    }));
    const admin: ClientSpec = { kind: 'staff', name: 'admin', login: ADMIN.login, pin: ADMIN.pin };
    const screens: ClientSpec[] = devices.map((d) => ({ kind: 'screen', name: d.id, token: d.token }));
    const half = Math.ceil(operators.length / 2);
    // Consoles in two threads, the hall's screens in a third: no client waits behind another's work.
    pool = await ClientPool.start(server.url, [
      [admin, ...operators.slice(0, half)],
      operators.slice(half),
      screens,
    ]);
    const clients = pool;
    const boards = devices.filter((d) => d.role === 'board').map((d) => d.id);
    const kiosks = devices.filter((d) => d.role === 'kiosk').map((d) => d.id);
    log(
      `  ${spec.name}: ${operators.length} operators, ${boards.length} boards, ${kiosks.length} kiosks connected`,
    );

    // Every operator opens their window (not measured).
    await Promise.all(
      windows.map(async (w, i) => {
        await clients.send(`op${i + 1}`, {
          type: 'staff.login',
          staffId: `op${i + 1}`,
          mode: 'operator',
          windowId: w.id,
        });
        await clients.send(`op${i + 1}`, { type: 'window.open', windowId: w.id });
      }),
    );

    const budgets = kiosks.map(() => new KioskBudget());
    let kioskTurn = 0;
    const stepFor = (record: CommandRecord): Step | null => {
      const command = record.command as Command;
      if (!REPLAYED.has(command.type)) return null;
      if (command.type === 'ticket.issue') {
        const input: CommandInput = {
          type: 'ticket.issue',
          serviceIds: command.serviceIds,
          clientType: command.clientType,
          priority: command.priority,
          source: 'kiosk',
        };
        // Kiosks within their rate limit; the rest registered by the hall administrator (001 §7.1.6).
        for (let k = 0; k < kiosks.length; k++) {
          const turn = (kioskTurn + k) % kiosks.length;
          if (budgets[turn]!.take()) {
            kioskTurn = turn + 1;
            return { client: kiosks[turn]!, command: input };
          }
        }
        return { client: 'admin', command: input };
      }
      const client = record.actor.kind === 'staff' ? record.actor.staffId : null;
      return client && clients.has(client) ? { client, command: command as CommandInput } : null;
    };
    const replay = history.commands;
    let cursor = 0;
    const nextSteps = (count: number): CommandRecord[] => {
      const picked: CommandRecord[] = [];
      while (picked.length < count && cursor < replay.length) {
        const record = replay[cursor++]!;
        if (REPLAYED.has(record.command.type)) picked.push(record);
      }
      return picked;
    };

    const phase = async (records: CommandRecord[], pace: (i: number) => Promise<void>, inFlight: number) => {
      const acks: number[] = [];
      const calls: { id: string; sentAt: number }[] = [];
      const refused: Record<string, number> = {};
      const pending = new Set<Promise<void>>();
      await server.stats();
      const started = performance.now();
      const cpuBefore = server.cpuSplitMs();
      const benchBefore = process.cpuUsage();
      const fire = (step: Step) => {
        const done = clients.send(step.client, step.command).then(({ response, ackMs, sentAt }) => {
          acks.push(ackMs);
          note(response, sentAt, step.command);
        });
        const tracked = done.finally(() => pending.delete(tracked));
        pending.add(tracked);
      };
      const note = (response: CommandResponse, sentAt: number, command: CommandInput) => {
        if (!response.ok) {
          refused[response.error.code] = (refused[response.error.code] ?? 0) + 1;
          return;
        }
        if (command.type !== 'ticket.callNext') return;
        const called = response.result.events.find((e) => e.type === 'ticket.called');
        if (called) calls.push({ id: String(called.seq), sentAt });
      };
      for (const [i, record] of records.entries()) {
        await pace(i);
        while (pending.size >= inFlight) await Promise.race(pending);
        const step = stepFor(record);
        if (step) fire(step);
      }
      await Promise.all(pending);
      const elapsed = (performance.now() - started) / 1000;
      const cpuAfter = server.cpuSplitMs();
      const bench = process.cpuUsage(benchBefore);
      const inside = await server.stats();
      await sleep(1000);
      const seen = await clients.calls();
      const boardLatencies: number[] = [];
      let missed = 0;
      for (const call of calls) {
        const arrivals = seen.get(call.id) ?? [];
        missed += boards.length - arrivals.length;
        for (const at of arrivals) boardLatencies.push(at - call.sentAt);
      }
      return {
        commands: acks.length,
        perSecond: acks.length / elapsed,
        ack: summarise(acks),
        callToBoard: summarise(boardLatencies),
        missedOnBoards: missed,
        refused,
        serverCpuMsPerCommand:
          (cpuAfter.user + cpuAfter.system - cpuBefore.user - cpuBefore.system) / Math.max(1, acks.length),
        serverSystemMsPerCommand: (cpuAfter.system - cpuBefore.system) / Math.max(1, acks.length),
        serverRun: summarise(inside.run),
        serverAppend: summarise(inside.append),
        benchCpuMsPerCommand: (bench.user + bench.system) / 1000 / Math.max(1, acks.length),
      };
    };

    const steadyStart = performance.now();
    const interval = 1000 / spec.steady.perSecond;
    const steady = await phase(
      nextSteps(spec.steady.commands),
      async (i) => {
        const due = steadyStart + i * interval;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
      },
      Number.POSITIVE_INFINITY,
    );
    log(`  ${spec.name}: steady ${steady.commands} commands, ack p99 ${steady.ack.p99.toFixed(2)} ms`);
    const peakRssAfterSteadyMb = server.peakRssMb();
    const burst = await phase(nextSteps(spec.burst.commands), async () => {}, spec.burst.inFlight);
    log(
      `  ${spec.name}: burst ${burst.perSecond.toFixed(0)} commands/s, ack p99 ${burst.ack.p99.toFixed(2)} ms`,
    );
    const peakRssMb = server.peakRssMb();
    const { memory } = await server.stats();

    const recovery: ScenarioResult['recovery'] = [];
    if (spec.recovery.length > 0) {
      await clients.close();
      pool = null;
      let running = server;
      for (const { build, fromLogAlone } of spec.recovery) {
        const seqBefore = (await running.health()).seq;
        await running.kill('SIGKILL');
        if (fromLogAlone) rmSync(join(dir, 'events', 'checkpoint.json'), { force: true });
        running = await startServerProcess({ dataDir: dir, port, clockStart: serverClock(), build });
        const seqAfter = (await running.health()).seq;
        const { startup } = await running.stats();
        recovery.push({
          build: build.kind,
          fromLogAlone,
          ms: running.readyMs,
          ...startup,
          seqBefore,
          seqAfter,
        });
        log(
          `  ${spec.name}: ${build.kind}${fromLogAlone ? ' from the log alone' : ''} recovered in ${running.readyMs.toFixed(0)} ms (seq ${seqBefore} → ${seqAfter})`,
        );
      }
      await running.kill('SIGTERM');
    }
    return {
      name: spec.name,
      windows: windows.length,
      boards: boards.length,
      kiosks: kiosks.length,
      liveTickets: history.liveTickets,
      archivedTickets: history.archivedTickets,
      coldStartMs: server.readyMs,
      steady,
      burst,
      peakRssMb,
      peakRssAfterSteadyMb,
      heapUsedMb: memory.heapUsed / 2 ** 20,
      externalMb: (memory.external + memory.arrayBuffers) / 2 ** 20,
      recovery,
    };
  } finally {
    await pool?.close();
    await server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
};
