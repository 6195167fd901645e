import { spawn } from 'node:child_process';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { io } from 'socket.io-client';
import { type LatencySummary, summarise } from './latency-summary.js';
import { freePort } from './server-process.js';

/**
 * What this machine costs before the office server does anything: the floors under every
 * acknowledgement, measured the way the benchmark's steady phase meets them (one command every 50 ms).
 */

/** About the size of one stored event line. */
const EVENT_LINE = `${JSON.stringify({ type: 'ticket.called', seq: 1, at: 0, pad: 'x'.repeat(200) })}\n`;

/**
 * One append of an event line with fsync in the temp folder. `gapMs` apart: back to back (0) the
 * storage stays warm; at the steady rate each fsync finds it idle, which on this virtual machine costs
 * several times more (the wake-up is the host's, not the guest's: keeping the guest's CPUs busy does
 * not change it).
 */
export const fsyncFloor = async (gapMs: number, count = 300): Promise<LatencySummary> => {
  const dir = mkdtempSync(join(tmpdir(), 'queue-bench-fsync-'));
  const fd = openSync(join(dir, 'live.jsonl'), 'a');
  const samples: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const t = performance.now();
      writeSync(fd, EVENT_LINE);
      fsyncSync(fd);
      samples.push(performance.now() - t);
      if (gapMs > 0) await sleep(gapMs);
    }
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
  return summarise(samples);
};

/** An echo over Socket.IO, storing each message first (fsynced line) when LOG names a file. */
const ECHO_SERVER = `
import { createServer } from 'node:http';
import { fsyncSync, openSync, writeSync } from 'node:fs';
import { Server } from 'socket.io';
const fd = process.env.LOG ? openSync(process.env.LOG, 'a') : null;
const line = ${JSON.stringify(EVENT_LINE)};
const http = createServer();
new Server(http).on('connection', (socket) =>
  socket.on('echo', (value, ack) => {
    if (fd !== null) {
      writeSync(fd, line);
      fsyncSync(fd);
    }
    ack(value);
  }),
);
http.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
`;

/**
 * A bare Socket.IO round trip between two processes on loopback at the steady rate, where each message
 * wakes an idle process. With `store`, the echo appends and fsyncs a line before answering: the floor
 * for any server that acknowledges only what it has stored, whatever else it does.
 */
export const roundTripFloor = async (
  { store }: { store: boolean },
  perSecond = 20,
  count = 300,
): Promise<LatencySummary> => {
  const port = await freePort();
  const dir = store ? mkdtempSync(join(tmpdir(), 'queue-bench-echo-')) : null;
  const child = spawn(process.execPath, ['--input-type=module', '-e', ECHO_SERVER], {
    env: { ...process.env, PORT: String(port), LOG: dir ? join(dir, 'live.jsonl') : '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((ready) => child.stdout?.once('data', () => ready()));
    const socket = io(`http://127.0.0.1:${port}`, { transports: ['websocket'] });
    await new Promise<void>((connected) => socket.once('connect', () => connected()));
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      const sentAt = performance.now();
      await socket.emitWithAck('echo', { i });
      samples.push(performance.now() - sentAt);
      await sleep(1000 / perSecond);
    }
    socket.close();
    return summarise(samples);
  } finally {
    child.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
};
