import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { OfficeEvent } from '@queue/engine';
import type { CommandResponse, StaffView } from '@queue/protocol';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The real server as a child process, killed with SIGKILL at random points of a burst of commands,
 * then restarted on the same data (issue: engine and server, crash test).
 */

const MAIN = resolve(import.meta.dirname, '../src/main.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'office-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const startChild = async (): Promise<{ child: ChildProcess; url: string }> => {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, DEMO_HOURS: 'always' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ready, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /office server on (http:\/\/localhost:\d+)/.exec(out);
      if (match) ready(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => fail(new Error(`server exited ${code}: ${out}`)));
  });
  return { child, url };
};

const post = async (url: string, token: string, body: unknown): Promise<CommandResponse> => {
  const response = await fetch(`${url}/api/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return (await response.json()) as CommandResponse;
};

const readLog = (): OfficeEvent[] =>
  readFileSync(join(dataDir, 'events', 'live.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as OfficeEvent);

// A fixed pseudo-random sequence, so a failure can be replayed.
let seed = 20261123;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

describe('crash recovery', () => {
  it('keeps every acknowledged command through SIGKILLs, corrupts nothing, never reuses a number', async () => {
    const acked = new Map<string, string>(); // ticket id → number
    let maxAckedSeq = 0;
    let token = '';
    for (let round = 0; round < 4; round++) {
      const { child, url } = await startChild();
      if (!token) {
        const login = await fetch(`${url}/api/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: 'admin', pin: '1111' }),
        });
        token = ((await login.json()) as { token: string }).token;
        expect((await post(url, token, { type: 'window.open', windowId: 'k1', services: null })).ok).toBe(
          true,
        );
      }
      // The kill lands mid-burst: after a few acknowledgements (so a loaded machine cannot make the round
      // empty), then at a random moment while commands are still being written.
      const killAfterAcks = 3 + Math.floor(random() * 30);
      const killDelayMs = Math.floor(random() * 25);
      let ackedThisRound = 0;
      let killer: NodeJS.Timeout | undefined;
      const exited = new Promise((done) => child.on('exit', done));
      // The burst: tickets, and the cashier serving some of them, until the process dies.
      for (let i = 0; i < 400; i++) {
        const roll = random();
        const command =
          roll < 0.6
            ? {
                type: 'ticket.issue',
                serviceIds: ['payment'],
                clientType: 'individual',
                priority: null,
                source: 'administrator',
              }
            : roll < 0.8
              ? { type: 'ticket.callNext', windowId: 'k1' }
              : roll < 0.9
                ? { type: 'ticket.start', windowId: 'k1' }
                : { type: 'ticket.finish', windowId: 'k1', result: 'resolved' };
        const response = await post(url, token, command).catch(() => null);
        if (!response) break;
        if (response.ok) {
          maxAckedSeq = Math.max(maxAckedSeq, response.result.seq);
          if (response.result.ticket) acked.set(response.result.ticket.id, response.result.ticket.number);
          if (++ackedThisRound === killAfterAcks)
            killer = setTimeout(() => child.kill('SIGKILL'), killDelayMs);
        }
      }
      clearTimeout(killer);
      child.kill('SIGKILL');
      await exited;
    }

    const { child, url } = await startChild();
    try {
      const log = readLog();
      // Nothing corrupted: the log is whole and contiguous.
      expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
      expect(log.at(-1)!.seq).toBeGreaterThanOrEqual(maxAckedSeq);
      // Every acknowledged ticket is there with the number the visitor was given.
      const issued = new Map(
        log.flatMap((e) => (e.type === 'ticket.issued' ? [[e.ticket.id, e.ticket.number] as const] : [])),
      );
      expect(acked.size).toBeGreaterThan(5);
      for (const [id, number] of acked) expect(issued.get(id)).toBe(number);
      // No number reused.
      const numbers = [...issued.values()];
      expect(new Set(numbers).size).toBe(numbers.length);
      // The recovered server serves the same state and numbering continues.
      const view = (await (
        await fetch(`${url}/api/view`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as {
        view: StaffView;
      };
      const next = await post(url, token, {
        type: 'ticket.issue',
        serviceIds: ['payment'],
        clientType: 'individual',
        priority: null,
        source: 'administrator',
      });
      expect(next.ok && next.result.ticket?.number).toBe(`К${String(numbers.length + 1).padStart(3, '0')}`);
      const ended = new Set(
        log.flatMap((e) => (e.type === 'ticket.finished' || e.type === 'ticket.noShow' ? [e.ticketId] : [])),
      );
      expect(view.view.tickets.map((t) => t.id).sort()).toEqual(
        [...issued.keys()].filter((id) => !ended.has(id)).sort(),
      );
    } finally {
      child.kill('SIGKILL');
    }
  }, 90_000);
});
